import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { groupsFromColumn, groupsFromText, unitsFromText } from '../../src/domain/merge/expected-units';
import { mergeReports } from '../../src/domain/merge/merge';
import { unitKey } from '../../src/domain/units/identity';
import { comparePeriods, readBreakdown } from '../../src/domain/merge/previous';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import type { CellValue } from '../../src/domain/sheet/plan';
import { breakdownRows } from '../support/breakdown';
import { BUILT_IN, template } from '../support/templates';
import { dinhKyFiles } from '../support/units';

// A province consolidating its communes straight, grouped by the district each belonged to until 2025.
const UNITS: [string, Record<string, CellValue>][] = [
  ['UBND xã Bắc Sơn', { 'VII.5.3.1': 10, 'VII.5.3.2': 5, 'I.1': 2 }],
  ['UBND xã Đặng Lễ', { 'VII.5.3.1': 30, 'VII.5.3.2': 27, 'I.1': 1 }],
  ['UBND phường Hiến Nam', { 'VII.5.3.1': 60, 'VII.5.3.2': 60 }],
  ['UBND xã Toàn Thắng', { 'VII.5.3.1': 40, 'VII.5.3.2': 10, 'I.1': 4 }],
  ['Sở Tư pháp', { 'I.1': 7 }],
];
const LIST =
  'Tên đơn vị;Huyện cũ\nUBND xã Toàn Thắng;Kim Động\nUBND xã Bắc Sơn;Ân Thi\nUBND xã Đặng Lễ;Ân Thi\nUBND phường Hiến Nam;TP Hưng Yên\n';

/** The units' files merged by the province with LIST's groups, written and read back: the breakdown's columns and rows, and the file. */
async function groupedBreakdown(files: Awaited<ReturnType<typeof dinhKyFiles>>) {
  const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
  const wb = ExcelJsWorkbook.create(ExcelJS);
  for (const plan of mergeSheets(r, { groups: groupsFromText(LIST) })) await wb.addSheet(plan);
  const bytes = await wb.toBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  return { ...breakdownRows(back.getWorksheet('Chi tiết theo đơn vị')!), bytes };
}

test('the list gives each unit its group: text lines or the column right of the names', () => {
  expect(unitsFromText(LIST)).toEqual(['UBND xã Toàn Thắng', 'UBND xã Bắc Sơn', 'UBND xã Đặng Lễ', 'UBND phường Hiến Nam']);
  expect([...groupsFromText(LIST)]).toEqual([
    ['UBND xã Toàn Thắng', 'Kim Động'],
    ['UBND xã Bắc Sơn', 'Ân Thi'],
    ['UBND xã Đặng Lễ', 'Ân Thi'],
    ['UBND phường Hiến Nam', 'TP Hưng Yên'],
  ]);
  const sheet: CellValue[][] = [
    ['STT', 'Tên đơn vị', 'Cụm thi đua'],
    [1, 'UBND xã Bắc Sơn', 'Cụm 1'],
    [2, 'UBND xã Đặng Lễ', null],
  ];
  expect([...groupsFromColumn(sheet)]).toEqual([['UBND xã Bắc Sơn', 'Cụm 1']]);
  expect(groupsFromText('UBND xã A\nUBND xã B\n').size).toBe(0);
});

test('the breakdown groups the units, a subtotal after each group: counts summed, the rate from the summed parts', async () => {
  const { units, rows } = await groupedBreakdown(await dinhKyFiles(UNITS));
  // Groups in the list's order, units in the merge's within each; the department in no group last.
  expect(units).toEqual([
    'UBND xã Toàn Thắng',
    'Cộng Kim Động',
    'UBND xã Bắc Sơn',
    'UBND xã Đặng Lễ',
    'Cộng Ân Thi',
    'UBND phường Hiến Nam',
    'Cộng TP Hưng Yên',
    'Sở Tư pháp',
  ]);
  const at = (code: string, header: string) => rows.get(code)![units.indexOf(header) + 2];
  expect(at('VII.5.3.1', 'Cộng Ân Thi')).toBe(40);
  expect(at('VII.5.3.2', 'Cộng Ân Thi')).toBe(32);
  // (5 + 27) / (10 + 30) = 80%, not the average of 50% and 90% (70%).
  expect(at('VII.5.3', 'Cộng Ân Thi')).toBeCloseTo(32 / 40, 12);
  expect(at('VII.5.3', 'Cộng Kim Động')).toBeCloseTo(10 / 40, 12);
  expect(at('I.1', 'Cộng Ân Thi')).toBe(3);
  // No unit of the group reported documents: blank, not 0.
  expect(at('I.1', 'Cộng TP Hưng Yên')).toBeNull();
  expect(rows.get('VII.5.3.1')![0]).toBe(140);
});

test('a grouped breakdown read back (the previous period, the units’ targets) holds the units alone, not the subtotals', async () => {
  const files = await dinhKyFiles(UNITS);
  const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
  const wb = ExcelJsWorkbook.create(ExcelJS);
  for (const plan of mergeSheets(r, { groups: groupsFromText(LIST) })) await wb.addSheet(plan);
  const grid = readGrids('tong-hop.xlsx', await wb.toBuffer()).find((g) => g.name === 'Chi tiết theo đơn vị')!;
  const read = readBreakdown(grid, template('dinh-ky'))!;
  expect(read.units).toEqual(['UBND xã Toàn Thắng', 'UBND xã Bắc Sơn', 'UBND xã Đặng Lễ', 'UBND phường Hiến Nam', 'Sở Tư pháp']);
  // Each unit's own figures, from its own column past the subtotals before it.
  expect(read.units.map((u) => read.values.get(unitKey(u))!.get('VII.5.3.1@value') ?? null)).toEqual([40, 10, 30, 60, null]);
  expect(read.values.get(unitKey('Sở Tư pháp'))!.get('I.1@value')).toBe(7);
});

test('a rate typed without parts is never added up: blank in a group’s subtotal and in a predecessors’ sum', async () => {
  // IV.2.5, the staff cut since 2015, is a percentage each unit types: it has no numerator or denominator in the form.
  const files = await dinhKyFiles([
    ['UBND xã Bắc Sơn', { 'IV.2.5': 0.1, 'I.1': 2 }],
    ['UBND xã Đặng Lễ', { 'IV.2.5': 0.12, 'I.1': 1 }],
  ]);
  const { units, rows, bytes } = await groupedBreakdown(files);
  const at = (code: string, header: string) => rows.get(code)![units.indexOf(header) + 2];
  expect([at('IV.2.5', 'UBND xã Bắc Sơn'), at('IV.2.5', 'UBND xã Đặng Lễ')]).toEqual([0.1, 0.12]);
  // Not 22%, nor 11%: blank, each unit's figure stands in its own column.
  expect(at('IV.2.5', 'Cộng Ân Thi')).toBeNull();
  expect(rows.get('IV.2.5')![0]).toBeNull();
  expect(at('I.1', 'Cộng Ân Thi')).toBe(3);
  // One commune made of the two: its previous IV.2.5 is no sum either.
  const now = mergeReports(await dinhKyFiles([['UBND xã Ân Thi', { 'IV.2.5': 0.2, 'I.1': 5 }]]), {
    catalogue: BUILT_IN,
    unit: 'Sở Nội vụ tỉnh Hưng Yên',
  });
  const prev = readBreakdown(
    readGrids('truoc.xlsx', bytes).find((g) => g.name === 'Chi tiết theo đơn vị')!,
    template('dinh-ky'),
  )!;
  const cmp = comparePeriods(now, prev, [{ unit: 'UBND xã Ân Thi', from: ['UBND xã Bắc Sơn', 'UBND xã Đặng Lễ'] }]);
  const row = (code: string) => cmp.rows.find((x) => x.code === code)!;
  expect(row('IV.2.5').units[0]).toMatchObject({ before: null, now: 0.2, delta: null, sharp: false });
  expect(row('IV.2.5').total.before).toBeNull();
  expect(row('I.1').units[0]).toMatchObject({ before: 3, now: 5, delta: 2 });
});
