import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { fillWorkbook } from '../../src/app/fill';
import { applyAssessments, workbookTargets } from '../../src/app/targets';
import { renderTemplate } from '../../src/domain/render/template';
import { builtInTargets } from '../../src/domain/targets/catalogue';
import { MARK_FILL } from '../../src/domain/validate/marks';
import { createExcelDouble } from '../support/excel-double';
import { BUILT_IN, template } from '../support/templates';

/** The district's self-assessment proposed inside Excel: what the pane does through Office.js. */
test('inside Excel, mục 8 gets its proposals, an official’s other answer kept and marked, in a few syncs', async () => {
  const excel = createExcelDouble();
  const office = new OfficeWorkbook(excel.run, excel.supports);
  const name = await office.addSheet(renderTemplate(template('tong-ket-huyen-pl2'), { unit: 'UBND huyện Khánh Sơn' }));
  // Satisfaction 85% in 2020; one-stop 95% against 100%; the official already wrote "Đạt" for goal 9.
  await fillWorkbook(office, BUILT_IN, 'x.xlsx', { name: 'v.csv', text: 'M1.6.3@y2020,85%\nM7.13@y2020,95%\nM8.9,Đạt' }, name);
  const [u] = await workbookTargets(office, BUILT_IN, builtInTargets(BUILT_IN));
  const row = (code: string) => u.assessments.find((a) => a.code === code)!;
  expect([row('M8.2').state, row('M8.4').state, row('M8.9').state]).toEqual(['proposed', 'proposed', 'override']);
  expect(row('M8.9')).toMatchObject({ proposal: 'Không đạt', written: 'Đạt' });

  const before = excel.syncCount();
  expect(await applyAssessments(office, u.assessments)).toBe(2);
  // One batch of values and one of marks for the sheet, each a few syncs (protection lifted and put back around each): never one per cell.
  expect(excel.syncCount() - before).toBeLessThanOrEqual(10);
  const cell = (code: string) => excel.sheet(name)!.cells.get(`${row(code).row},${row(code).col}`)!;
  expect([cell('M8.2').value, cell('M8.4').value, cell('M8.9').value]).toEqual(['Đạt', 'Đạt', 'Đạt']);
  expect([cell('M8.2').fill, cell('M8.9').fill].map((f) => f?.slice(1).toUpperCase())).toEqual([MARK_FILL.info, MARK_FILL.warning]);
  const again = (await workbookTargets(office, BUILT_IN, builtInTargets(BUILT_IN)))[0];
  expect(again.assessments.find((a) => a.code === 'M8.2')!.state).toBe('agrees');
});
