import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { mergeIntoWorkbook } from '../../src/app/merge';
import type { CellValue } from '../../src/domain/sheet/plan';
import { createExcelDouble } from '../support/excel-double';
import { BUILT_IN } from '../support/templates';
import { dinhKyFiles } from '../support/units';

/** On time 38/40 = 95%, 20/20 = 100%, 40/50 = 80%. */
const UNITS: [string, Record<string, CellValue>][] = [
  ['UBND xã An Bình', { 'III.3.1.1': 40, 'III.3.1.2': 38 }],
  ['UBND xã Bắc Sơn', { 'III.3.1.1': 20, 'III.3.1.2': 20 }],
  ['UBND phường Hồng Hà', { 'III.3.1.1': 50, 'III.3.1.2': 40 }],
];

test('inside Excel, the consolidation’s charts are drawn through the charts API from the sheet’s own cells', async () => {
  const files = await dinhKyFiles(UNITS);
  const excel = createExcelDouble({ api: 9 });
  const { sheets } = await mergeIntoWorkbook(new OfficeWorkbook(excel.run, excel.supports), files, {
    catalogue: BUILT_IN,
    unit: 'Sở Nội vụ tỉnh Hưng Yên',
  });
  expect(sheets).toContain('Biểu đồ');
  const sheet = excel.sheet('Biểu đồ')!;
  expect(sheet.charts).toEqual([
    {
      type: 'BarClustered',
      // The block's table: title in row 4, header in 6, the three communes in 7–9, highest first.
      source: 'C7:C9',
      seriesBy: 'Columns',
      series: [{ name: 'III.3.1. Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn', xValues: 'B7:B9' }],
      title: 'III.3.1. Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn',
      legendVisible: false,
      font: 'Times New Roman',
      reversePlotOrder: true,
      valueAxis: { visible: false, minimum: 0, maximum: 1 },
      dataLabels: { showValue: true, numberFormat: '0%' },
      // Beside the table, sixteen rows tall from the block's title: F4 to N19.
      position: { start: 'F4', end: 'N19' },
    },
  ]);
  const cell = (a: string) => {
    const m = /^([A-Z])(\d+)$/.exec(a)!;
    return sheet.cells.get(`${m[2]},${m[1].charCodeAt(0) - 64}`)?.value;
  };
  expect(['B7', 'B8', 'B9'].map(cell)).toEqual(['UBND xã Bắc Sơn', 'UBND xã An Bình', 'UBND phường Hồng Hà']);
  expect(['C7', 'C8', 'C9'].map(cell)).toEqual([1, 38 / 40, 40 / 50]);
  // One chart: nothing to break; its print setup fits one page wide.
  expect(sheet.layout.breaks).toBeUndefined();
});

test('inside Excel, each chart after the first starts a printed page', async () => {
  const files = await dinhKyFiles(
    UNITS.map(([u, v]): [string, Record<string, CellValue>] => [u, { ...v, 'VII.5.3.1': 10, 'VII.5.3.2': 9 }]),
  );
  const excel = createExcelDouble();
  await mergeIntoWorkbook(new OfficeWorkbook(excel.run, excel.supports), files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
  const sheet = excel.sheet('Biểu đồ')!;
  // On time from row 4 (sixteen rows for its chart: 4–19), online three rows after (22–37), then the share of units
  // meeting the online target (40–55).
  expect(sheet.charts.map((c) => c.position)).toEqual([
    { start: 'F4', end: 'N19' },
    { start: 'F22', end: 'N37' },
    { start: 'F40', end: 'N55' },
  ]);
  expect(sheet.layout.breaks).toEqual([22, 40]);
});

describe('the double’s charts fail where Excel’s do', () => {
  const withSheet = async (protect?: Excel.WorksheetProtectionOptions) => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('S');
      if (protect) ws.protection.protect(protect);
      await ctx.sync();
    });
    return excel;
  };
  const tryRun = (excel: ReturnType<typeof createExcelDouble>, fn: (ws: Excel.Worksheet) => void) =>
    excel.run(async (ctx) => {
      fn(ctx.workbook.worksheets.getItem('S'));
      await ctx.sync();
    });

  it('a protected sheet takes no chart unless it allows editing objects', async () => {
    const locked = await withSheet({ allowFormatRows: true });
    await expect(tryRun(locked, (ws) => ws.charts.add('BarClustered', ws.getRange('A1:A3'), 'Columns'))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    expect(locked.sheet('S')!.charts).toEqual([]);
    const open = await withSheet({ allowEditObjects: true });
    await tryRun(open, (ws) => ws.charts.add('BarClustered', ws.getRange('A1:A3'), 'Columns'));
    expect(open.sheet('S')!.charts).toHaveLength(1);
  });

  it('a series past the last is not found; x-values span one row or one column; the source is a Range', async () => {
    const excel = await withSheet();
    await expect(
      tryRun(excel, (ws) => (ws.charts.add('BarClustered', ws.getRange('A1:A3'), 'Columns').series.getItemAt(1).name = 'x')),
    ).rejects.toMatchObject({
      code: 'ItemNotFound',
    });
    await expect(
      tryRun(excel, (ws) =>
        ws.charts.add('BarClustered', ws.getRange('A1:A3'), 'Columns').series.getItemAt(0).setXAxisValues(ws.getRange('A1:B3')),
      ),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(tryRun(excel, (ws) => ws.charts.add('BarClustered', 'A1:A3' as unknown as Excel.Range))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    // Two columns by columns: two series, the second found.
    await tryRun(excel, (ws) => (ws.charts.add('BarClustered', ws.getRange('A1:B3'), 'Columns').series.getItemAt(1).name = 'y'));
    expect(excel.sheet('S')!.charts.at(-1)!.series).toEqual([{}, { name: 'y' }]);
  });
});
