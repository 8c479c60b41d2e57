import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { selfTest } from '../../src/app/self-test';
import { createExcelDouble, NEWEST_API } from '../support/excel-double';
import { BUILT_IN } from '../support/templates';

/** The self-test run in Excel (the double) at Office 2019's set and the newest: every step passes, nothing is left behind. */
describe.each([7, NEWEST_API])('ExcelApi 1.%i', (api) => {
  test('every step passes and the scratch sheets are removed', async () => {
    const excel = createExcelDouble({ api });
    excel.seedSheet('Sổ của người dùng');
    const port = new OfficeWorkbook(excel.run, excel.supports);
    const seen: string[] = [];
    const results = await selfTest(port, BUILT_IN, (r) => seen.push(r.step));
    expect(results.map((r) => [r.step, r.ok, r.found ?? r.error ?? ''])).toEqual(
      ['insert', 'fill', 'check', 'clear-marks', 'compute', 'merge', 'remove'].map((s) => [s, true, '']),
    );
    expect(seen).toEqual(results.map((r) => r.step));
    // The user's own sheet is all that is left (the hidden sheet of marks is the add-in's and goes too).
    expect(await port.sheetNames()).toEqual(['Sổ của người dùng']);
  });
});

test('a step Excel refuses is reported with its error; later steps are skipped, the scratch sheets still removed', async () => {
  const excel = createExcelDouble();
  excel.seedSheet('Sổ của người dùng');
  const port = new OfficeWorkbook(excel.run, excel.supports);
  // I.2.1 of the first commune's sheet, as the fill writes it.
  excel.failNext('Phụ lục 2024-Q3!E13.formulas=', 'InvalidOperationInCellEditMode');
  const results = await selfTest(port, BUILT_IN);
  expect(results.map((r) => [r.step, r.ok])).toEqual([
    ['insert', true],
    ['fill', false],
    ['remove', true],
  ]);
  expect(results[1].error).toMatchObject({ step: 'write', excelCode: 'InvalidOperationInCellEditMode' });
  expect(await port.sheetNames()).toEqual(['Sổ của người dùng']);
});

test('a wrong figure read back fails its step and says what was found', async () => {
  const excel = createExcelDouble();
  excel.seedSheet('Sổ của người dùng');
  const port = new OfficeWorkbook(excel.run, excel.supports);
  // An Excel that alters what it is given: 5 written where the fill asked for 4.
  const patch = port.patchCells.bind(port);
  port.patchCells = (sheet, patches) =>
    patch(
      sheet,
      patches.map((p) => (p.value === 4 ? { ...p, value: 5 } : p)),
    );
  const results = await selfTest(port, BUILT_IN);
  expect(results.find((r) => r.step === 'fill')).toMatchObject({ ok: false, found: 'I.2.1: 5 ≠ 4' });
});
