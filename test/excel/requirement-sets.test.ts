import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { renderTemplate } from '../../src/domain/render/template';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { marksFor } from '../../src/domain/validate/marks';
import { validateSheet } from '../../src/domain/validate/validate';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { mergeIntoWorkbook } from '../../src/app/merge';
import { createExcelDouble, NEWEST_API, type DoubleSheet } from '../support/excel-double';
import { BAC_SON, BUILT_IN, template } from '../support/templates';
import { dinhKyFiles } from '../support/units';

/**
 * The main actions inside Excel at ExcelApi 1.7 (volume-licensed Office 2019, the manifest's
 * minimum) and at the newest set: each runs whole at both, and what 1.7 lacks is left out, never
 * attempted (the double refuses any later API with ApiNotFound, as Excel does).
 */
const CSV = parseValuesCsv(readFileSync(resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv'), 'utf8'));
const T = template('dinh-ky');

async function mainActions(api: number) {
  const excel = createExcelDouble({ api });
  const port = new OfficeWorkbook(excel.run, excel.supports);
  const name = await port.addSheet(renderTemplate(T, BAC_SON));
  const inserted = excel.sheet(name)!;
  const snapshot = new Map([...inserted.cells].map(([k, c]) => [k, { ...c, borders: [...c.borders].sort(), validation: undefined }]));
  const sheet = readTemplateSheet(await port.readSheet(name), BUILT_IN)!;
  await port.patchCells(name, planFill(sheet, T, CSV).writes);
  const filled = readTemplateSheet(await port.readSheet(name), BUILT_IN)!;
  const findings = validateSheet(filled, T);
  await port.markCells(name, marksFor(findings));
  const marked = [...inserted.cells.values()].filter((c) => c.fill?.startsWith('#FF')).length;
  const cleared = await port.clearMarks(name);
  const files = await dinhKyFiles([
    ['UBND xã An Bình', { 'III.3.1.1': 40, 'III.3.1.2': 38 }],
    ['UBND xã Bắc Sơn', { 'III.3.1.1': 20, 'III.3.1.2': 20 }],
  ]);
  const merged = await mergeIntoWorkbook(port, files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
  return { excel, port, name, inserted, snapshot, filled, findings, marked, cleared, merged };
}

const validations = (s: DoubleSheet) => [...s.cells.values()].filter((c) => c.validation).length;

describe.each([
  ['ExcelApi 1.7 (Office 2019)', 7],
  [`ExcelApi 1.${NEWEST_API}`, NEWEST_API],
])('%s', (_, api) => {
  let run: Awaited<ReturnType<typeof mainActions>>;
  beforeAll(async () => {
    run = await mainActions(api);
  }, 60_000);

  test('insert, fill, check, mark, clear and merge all run, and read back what was written', () => {
    // Bắc Sơn's values file gives I.2.1 as 7.
    expect(run.filled.cells.get('I.2.1@value')!.raw).toBe(7);
    expect(run.findings.length).toBeGreaterThan(0);
    expect(run.marked).toBeGreaterThan(0);
    expect(run.cleared).toBe(marksFor(run.findings).length);
    expect(run.merged.sheets).toContain('Biểu đồ');
    expect(run.excel.sheet('Biểu đồ')!.charts.length).toBeGreaterThan(0);
    expect(run.inserted.protected).toBe(true);
  });

  test('drop-downs, print setup, comments and chart label formats only where the host has them', () => {
    expect(validations(run.inserted) > 0).toBe(api >= 8);
    expect(run.inserted.layout.zoom !== undefined).toBe(api >= 9);
    expect(run.excel.calls.some((c) => c.startsWith('comments.add'))).toBe(api >= 10);
    const chart = run.excel.sheet('Biểu đồ')!.charts[0];
    expect(chart.dataLabels.numberFormat).toBe(api >= 8 ? '0%' : undefined);
    expect(chart.dataLabels.showValue).toBe(true);
    expect(run.port.takeNotices()).toEqual([]);
  });
});

test('without RangeAreas every cell gets the same look as with them, one call per area instead of per style', async () => {
  const [old, newest] = await Promise.all([mainActions(7), mainActions(NEWEST_API)]);
  expect(old.snapshot.size).toBeGreaterThan(500);
  expect([...old.snapshot]).toEqual([...newest.snapshot]);
  expect(old.excel.calls.some((c) => c.includes('.getRanges '))).toBe(false);
  expect(newest.excel.calls.some((c) => c.includes('.getRanges '))).toBe(true);
  // Still a handful of syncs: the calls per area travel in the sheet's one batch.
  const syncsToInsert = (calls: string[]) =>
    calls
      .slice(
        0,
        calls.findIndex((c) => c.includes('.protect ')),
      )
      .filter((c) => c === 'sync').length;
  expect(syncsToInsert(old.excel.calls)).toBeLessThanOrEqual(syncsToInsert(newest.excel.calls));
}, 60_000);
