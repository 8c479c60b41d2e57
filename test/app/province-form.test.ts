import ExcelJS from 'exceljs';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { checkWorkbook } from '../../src/app/check';
import { fillWorkbook } from '../../src/app/fill';
import { insertTemplate } from '../../src/app/insert';
import { readUnitFile } from '../../src/app/merge';
import { catalogueOf } from '../../src/domain/catalogue/catalogue';
import { mergeReports } from '../../src/domain/merge/merge';
import { provinceForm } from '../support/data-template';
import { BUILT_IN } from '../support/templates';

/** A province adds its own form as a data file: the use cases take it with the built-in ones. */
const withProvince = catalogueOf([...BUILT_IN.templates, provinceForm]);

async function unitFile(unit: string, values: string): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const name = await insertTemplate(wb, withProvince, { templateId: 'tinh-thu-nghiem', unit, period: '2024-Q3' });
  const { outcomes } = await fillWorkbook(wb, withProvince, `${unit}.xlsx`, { name: 'so-lieu.csv', text: values }, name);
  expect(outcomes.every((o) => o.status === 'written')).toBe(true);
  return wb.toBuffer();
}

test('inserted, filled, checked and merged like a built-in form; unknown to the built-in catalogue alone', async () => {
  const mot = await unitFile('UBND xã Một', 'I.1.1@value,9\nI.1.2@value,5\nI.1.3@value,2\nI.1.4@status,Đạt');
  const hai = await unitFile('UBND xã Hai', 'I.1.1@value,4\nI.1.2@value,3\nI.1.3@value,1\nI.1.4@status,Không đạt');

  const wb = await ExcelJsWorkbook.open(ExcelJS, mot);
  const checked = await checkWorkbook(wb, withProvince);
  expect(checked.sheets.map((s) => s.template.id)).toEqual(['tinh-thu-nghiem']);
  expect(checked.sheets[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect((await checkWorkbook(wb, BUILT_IN)).sheets).toEqual([]);

  const files = [mot, hai].map((bytes, i) =>
    readUnitFile({ file: `${i}.xlsx`, size: bytes.length, modified: 1, checksum: String(i) }, bytes, readGrids, withProvince),
  );
  const r = mergeReports(files, { catalogue: withProvince, unit: 'Sở Nội vụ' });
  expect(r.template.id).toBe('tinh-thu-nghiem');
  // 9 + 4 received, 5 + 3 on time, 2 + 1 late: 11 handled, 8/11 on time.
  expect([r.values.get('I.1.1@value'), r.values.get('I.1.2@value'), r.values.get('I.1.3@value')]).toEqual([13, 8, 3]);
  expect(r.derived.get('I.1.4@value')).toBe(11);
  expect(r.derived.get('I.2@value')).toBeCloseTo(8 / 11, 12);
  expect(r.values.get('I.1.4@status')).toBe('1/2 đơn vị: Đạt; 1/2 đơn vị: Không đạt');

  const alone = readUnitFile({ file: 'mot.xlsx', size: mot.length, modified: 1, checksum: 'x' }, mot, readGrids, BUILT_IN);
  expect(alone.unreadable).toEqual({ problem: { code: 'no-template-sheet', file: 'mot.xlsx' } });
});
