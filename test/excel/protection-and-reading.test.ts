import { renderTemplate } from '../../src/domain/render/template';
import { isInputError } from '../../src/domain/errors';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { ExcelFailure, isExcelFailure } from '../../src/adapters/office/excel-failure';
import { createExcelDouble } from '../support/excel-double';
import { BAC_SON, template } from '../support/templates';

/** Sheet protection is never lost, whatever fails; reading never runs down a million formatted rows. */
async function inserted(api = 18) {
  const excel = createExcelDouble({ api });
  const port = new OfficeWorkbook(excel.run, excel.supports);
  const name = await port.addSheet(renderTemplate(template('dinh-ky'), BAC_SON));
  return { excel, port, name, sheet: excel.sheet(name)! };
}

const failure = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeDefined();
  return e;
};

describe('a write refused after the sheet’s protection was lifted', () => {
  test.each([
    ['patchCells', (port: OfficeWorkbook, name: string) => port.patchCells(name, [{ row: 13, col: 5, value: 3 }]), 'E13.formulas='],
    [
      'markCells',
      (port: OfficeWorkbook, name: string) => port.markCells(name, [{ row: 13, col: 5, severity: 'error', message: 'x' }]),
      'E13.format.fill.color',
    ],
  ])('%s: the sheet is protected again with its own options, and the failure names Excel’s code', async (_, act, write) => {
    const { excel, port, name, sheet } = await inserted();
    const options = { ...sheet.protectOptions };
    // A write to E13 in the batch after `unprotect` is refused.
    excel.failNext(`${name}!${write}`, 'GeneralException');
    const e = await failure(act(port, name));
    expect(isExcelFailure(e)).toBe(true);
    expect(e).toMatchObject({ step: 'write', excelCode: 'GeneralException', sheet: name });
    expect(sheet.protected).toBe(true);
    expect(sheet.protectOptions).toEqual(options);
    expect(excel.calls.filter((c) => c.includes('.unprotect'))).toHaveLength(1);
  });
});

test('a password is said only on Excel’s own answer for it; any other refusal to unprotect is named as it is', async () => {
  const { excel, port, name, sheet } = await inserted();
  // Excel in cell-edit mode refuses every write: not a password.
  excel.failNext(`${name}.unprotect`, 'InvalidOperationInCellEditMode');
  const busy = await failure(port.patchCells(name, [{ row: 13, col: 5, value: 3 }]));
  expect(busy).toBeInstanceOf(ExcelFailure);
  expect(busy).toMatchObject({ step: 'unprotect', excelCode: 'InvalidOperationInCellEditMode' });
  expect(isInputError(busy)).toBe(false);
  expect(sheet.protected).toBe(true);
  // The user's own password: the double answers InvalidArgument, as Excel does.
  await excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    ws.protection.unprotect();
    ws.protection.protect({ allowFormatRows: true }, 'mật-khẩu');
    await ctx.sync();
  });
  const locked = await failure(port.patchCells(name, [{ row: 13, col: 5, value: 3 }]));
  expect(isInputError(locked) && locked.problem).toEqual({ code: 'sheet-password', sheet: name });
});

test('a failed re-protection is reported, not swallowed', async () => {
  const { excel, port, name } = await inserted();
  excel.failNext(`${name}.protect {`, 'GeneralException');
  const e = await failure(port.patchCells(name, [{ row: 13, col: 5, value: 3 }]));
  expect(e).toMatchObject({ step: 'protect', excelCode: 'GeneralException', sheet: name });
});

test('print setup refused: the sheet is written and protected, and the pane is told with Excel’s code', async () => {
  const excel = createExcelDouble();
  const port = new OfficeWorkbook(excel.run, excel.supports);
  const plan = renderTemplate(template('dinh-ky'), BAC_SON);
  excel.failNext(`${plan.name}.pageLayout.orientation`, 'GeneralException');
  const name = await port.addSheet(plan);
  const sheet = excel.sheet(name)!;
  expect(sheet.protected).toBe(true);
  expect(sheet.cells.size).toBeGreaterThan(500);
  expect(port.takeNotices()).toEqual([{ kind: 'print-setup-failed', sheet: name, excelCode: 'GeneralException' }]);
  expect(port.takeNotices()).toEqual([]);
});

describe('a hand-made sheet with borders down whole columns (used range to row 1,048,576)', () => {
  async function handMade() {
    const excel = createExcelDouble();
    const sheet = excel.seedSheet('Biểu tự lập');
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu tự lập');
      ws.getRange('A1:C3').values = [
        ['STT', 'Chỉ tiêu', 'Kết quả'],
        ['1', 'Số TTHC', 12],
        ['2', 'Tỷ lệ', ''],
      ];
      ws.getRange('C3:C5').numberFormat = [['0%'], ['0%'], ['0%']];
      await ctx.sync();
    });
    sheet.formattedTo = { row: 1_048_576, col: 8 };
    return excel;
  }

  test('is read in a few syncs, formats kept only near the values', async () => {
    const excel = await handMade();
    const before = excel.syncCount();
    const grid = await new OfficeWorkbook(excel.run, excel.supports).readSheet('Biểu tự lập');
    expect(excel.syncCount() - before).toBeLessThanOrEqual(3);
    expect(excel.largestResponse()).toBeLessThan(5_000_000);
    // The values' three rows, then formats at most 1,000 rows further: an empty input's percent format is kept.
    expect(grid.values.length).toBe(1003);
    expect(grid.values.slice(0, 3)).toEqual([
      ['STT', 'Chỉ tiêu', 'Kết quả', null, null, null, null, null],
      [1, 'Số TTHC', 12, null, null, null, null, null],
      [2, 'Tỷ lệ', null, null, null, null, null, null],
    ]);
    expect(grid.numFmts[4][2]).toBe('0%');
  });

  test('the double itself reports the full used range that far, unless values only are asked for', async () => {
    const excel = await handMade();
    const rows = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu tự lập');
      const [all, valued] = [ws.getUsedRange(), ws.getUsedRange(true)];
      all.load('rowCount');
      valued.load('rowCount');
      await ctx.sync();
      return [all.rowCount, valued.rowCount];
    });
    expect(rows).toEqual([1_048_576, 3]);
  });
});
