import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { compareWithPrevious } from '../../src/app/previous';
import type { UnitFile } from '../../src/app/merge';
import { mergeReports, type MergeResult } from '../../src/domain/merge/merge';
import { unitKey } from '../../src/domain/units/identity';
import { comparePeriods, type PeriodComparison } from '../../src/domain/merge/previous';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import { previousSheet } from '../../src/domain/merge/previous-sheet';
import { successionFromText } from '../../src/domain/merge/succession';
import { parsePeriod } from '../../src/domain/period';
import type { CellValue } from '../../src/domain/sheet/plan';
import { MARK_FILL } from '../../src/domain/validate/marks';
import { BUILT_IN, template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';
import { dinhKyFiles } from '../support/units';

type Units = [string, Record<string, CellValue>][];
const fig = (received: number, online: number, done: number) => ({ 'VII.5.3.1': received, 'VII.5.3.2': online, 'III.3.1.1': done });

// 2024: five communes. A, B and C became X on 1 July 2025; D kept its name; E is gone with no entry.
const BEFORE: Units = [
  ['UBND xã A', fig(100, 50, 10)],
  ['UBND xã B', fig(50, 50, 20)],
  ['UBND xã C', fig(50, 0, 30)],
  ['UBND xã D', fig(40, 20, 5)],
  ['UBND xã E', fig(10, 10, 1)],
];
// 2026: X, D, and F, which is new and in no list.
const NOW: Units = [
  ['UBND xã X', fig(300, 240, 90)],
  ['UBND xã D', fig(40, 30, 6)],
  ['UBND xã F', fig(20, 20, 3)],
];
const SUCCESSION = 'Đơn vị mới,Đơn vị cũ,Ngày\nUBND xã X,UBND xã A,01/7/2025\nUBND xã X,"UBND xã B; UBND xã C"\nUBND xã X,UBND xã Z\n';

async function merge(units: Units, period: string): Promise<MergeResult> {
  const files = await dinhKyFiles(units, period);
  return mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
}

async function bytesOf(r: MergeResult, opts: Parameters<typeof mergeSheets>[1] = {}): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  for (const plan of mergeSheets(r, opts)) await wb.addSheet(plan);
  return wb.toBuffer();
}

describe('the previous period across the 2025 arrangement', () => {
  let now: MergeResult;
  let c: PeriodComparison;
  let period: string;
  let book: ExcelJS.Workbook;
  const row = (code: string) => c.rows.find((x) => x.code === code)!;
  const unit = (name: string) => now.units.findIndex((u) => u.unit === name);

  let previousFile: Uint8Array;
  let nowFiles: UnitFile[];
  beforeAll(async () => {
    previousFile = await bytesOf(await merge(BEFORE, '2024'));
    nowFiles = await dinhKyFiles(NOW, '2026');
  });
  // Merged, compared and written in each test, so that each test is one run of them.
  beforeEach(async () => {
    now = mergeReports(nowFiles, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
    const previous = compareWithPrevious(
      now,
      'tong-hop-2024.xlsx',
      readGrids('tong-hop-2024.xlsx', previousFile),
      BUILT_IN,
      successionFromText(SUCCESSION),
    );
    ({ comparison: c, period } = previous);
    book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytesOf(now, { previous })) as unknown as ArrayBuffer);
  });

  it('reads the previous period from its consolidation', () => {
    expect(period).toBe('2024');
  });

  it('adds up the three communes X was made of: 200 received, 100 online = 50% then, 80% now', () => {
    const x = unit('UBND xã X');
    expect(row('VII.5.3.1').units[x]).toMatchObject({ before: 200, now: 300, delta: 100, relative: 0.5, sharp: false });
    const rate = row('VII.5.3').units[x];
    expect(rate.before).toBeCloseTo(100 / 200, 12);
    expect(rate.now).toBeCloseTo(240 / 300, 12);
    expect(rate.delta).toBeCloseTo(0.3, 12);
    expect(rate.sharp).toBe(true);
    // 60 dossiers done then, 90 now: half as many again is not yet "more than half".
    expect(row('III.3.1.1').units[x]).toMatchObject({ before: 60, now: 90, delta: 30, sharp: false });
  });

  it('compares a unit that kept its name with itself', () => {
    const d = unit('UBND xã D');
    expect(row('VII.5.3').units[d].delta).toBeCloseTo(0.75 - 0.5, 12);
    expect(row('III.3.1.1').units[d]).toMatchObject({ before: 5, now: 6, delta: 1, sharp: false });
  });

  it('compares the total with the previous total: 130 / 250 then, 290 / 360 now', () => {
    expect(row('VII.5.3').total.before).toBeCloseTo(130 / 250, 12);
    expect(row('VII.5.3').total.now).toBeCloseTo(290 / 360, 12);
    expect(row('III.3.1.1').total).toMatchObject({ before: 66, now: 99, delta: 33 });
  });

  it('names the unit that appeared, the one that vanished and the predecessor the list names in vain', () => {
    expect(c.appeared).toEqual(['UBND xã F']);
    expect(c.vanished).toEqual(['UBND xã E']);
    expect(c.unknownPredecessors).toEqual(['UBND xã Z']);
    expect(row('VII.5.3').units[unit('UBND xã F')]).toMatchObject({ before: null, delta: null, sharp: false });
    expect(c.predecessors.find((p) => p.unit === 'UBND xã X')).toEqual({
      unit: 'UBND xã X',
      from: ['UBND xã A', 'UBND xã B', 'UBND xã C'],
      succession: true,
    });
  });

  it('writes "So với kỳ trước": the changes, sharp ones amber, and who is compared with whom', () => {
    const ws = book.getWorksheet('So với kỳ trước')!;
    expect(book.worksheets.map((w) => w.name)).toContain('So với kỳ trước');
    let found: ExcelJS.Row | undefined;
    const lines: string[] = [];
    ws.eachRow((r) => {
      if (r.getCell(1).value === 'VII.5.3') found = r;
      lines.push(r.getCell(2).text);
    });
    const header = ws.getRow(4).values as unknown[];
    const xCol = header.indexOf('UBND xã X: thay đổi');
    expect(found!.getCell(xCol).value).toBeCloseTo(0.3, 12);
    expect((found!.getCell(xCol).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_FILL.warning}`);
    const text = lines.join('\n');
    expect(text).toContain('UBND xã X so với: UBND xã A; UBND xã B; UBND xã C (sắp xếp từ 01/7/2025)');
    expect(text).toContain(
      'Không có số liệu kỳ trước, không so sánh (đơn vị mới hoặc đổi tên mà thiếu trong danh sách sắp xếp): UBND xã F',
    );
    expect(text).toContain('Có trong kỳ trước nhưng không đơn vị nào của kỳ này thay thế: UBND xã E');
    expect(text).toContain('Danh sách sắp xếp nêu đơn vị không có trong tổng hợp kỳ trước: UBND xã Z');
  });

  it('refuses a previous file that is no consolidation of the template', async () => {
    const { bytes } = await templateXlsx(template('tong-ket-pl1'), { unit: 'UBND tỉnh' });
    expect(() => compareWithPrevious(now, 'pl1.xlsx', readGrids('pl1.xlsx', bytes), BUILT_IN)).toThrow(
      'tổng hợp mẫu tong-ket-pl1, không phải mẫu dinh-ky',
    );
    const single = (await templateXlsx(template('dinh-ky'), { unit: 'UBND xã A', period: parsePeriod('2024') })).bytes;
    expect(() => compareWithPrevious(now, 'xa-a.xlsx', readGrids('xa-a.xlsx', single), BUILT_IN)).toThrow('không phải là tệp tổng hợp');
  });
});

describe('the unit-succession list', () => {
  it('takes commas, ";" between earlier units, several lines per unit, a header, or ";" between columns', () => {
    const x = { unit: 'UBND xã X', from: ['UBND xã A', 'UBND xã B', 'UBND xã C'], date: '01/7/2025' };
    expect(successionFromText('UBND xã X,UBND xã A;UBND xã B;UBND xã C,01/7/2025\n')).toEqual([x]);
    expect(successionFromText(SUCCESSION)[0]).toEqual({ ...x, from: [...x.from, 'UBND xã Z'] });
    expect(
      successionFromText('Đơn vị mới;Đơn vị cũ;Ngày\nUBND xã X;UBND xã A;01/7/2025\nUBND xã X;UBND xã B\nUBND xã X;UBND xã C\n'),
    ).toEqual([x]);
    expect(successionFromText('UBND xã X\tubnd  xã a\nUBND xã X\tUBND xã A\n')).toEqual([{ unit: 'UBND xã X', from: ['ubnd  xã a'] }]);
  });
});

describe('what is a sharp change', () => {
  // Figures by hand: received (VII.5.3.1), online (VII.5.3.2) and the online rate (VII.5.3) then and now.
  const fig = (received: number, online: number) =>
    new Map([
      ['VII.5.3.1@value', received],
      ['VII.5.3.2@value', online],
    ]);
  const unitNow = (unit: string, received: number, online: number) => ({
    unit,
    file: `${unit}.xlsx`,
    values: fig(received, online),
    derived: new Map([['VII.5.3@value', received ? online / received : null]]),
    reportedDerived: new Map(),
    errorCells: new Set<string>(),
  });
  const NOW = [unitNow('A', 15, 8), unitNow('B', 16, 8), unitNow('C', 5, 4), unitNow('D', 4, 4)];
  const THEN: [string, number, number][] = [
    ['A', 10, 5],
    ['B', 10, 3],
    ['C', 0, 0],
    ['D', 2, 1],
  ];

  test('a count by more than half and by 5 or more, or from 0 to 5; a rate by more than 20 points', () => {
    const merged = { template: template('dinh-ky'), units: NOW, values: fig(40, 24), derived: new Map([['VII.5.3@value', 24 / 40]]) };
    const prev = { units: THEN.map(([u]) => u), values: new Map(THEN.map(([u, r, o]) => [unitKey(u), fig(r, o)])) };
    const c = comparePeriods(merged as unknown as MergeResult, prev, []);
    const at = (code: string) => c.rows.find((r) => r.code === code)!;
    // Received: 10 → 15 is half again (not more); 10 → 16 is 60% and 6 more; 0 → 5; 2 → 4 is double but only 2 more.
    expect(at('VII.5.3.1').units.map((u) => [u.delta, u.relative, u.sharp])).toEqual([
      [5, 0.5, false],
      [6, 0.6, true],
      [5, null, true],
      [2, 1, false],
    ]);
    // Rate: 50% → 53.3%; 30% → 50% is 20 points (not more); 0/0 is no rate; 50% → 100%.
    const rate = at('VII.5.3').units;
    expect(rate.map((u) => u.sharp)).toEqual([false, false, false, true]);
    expect(rate[1].delta).toBeCloseTo(0.2, 12);
    expect(rate[1].relative).toBeNull();
    expect([rate[2].before, rate[2].delta]).toEqual([null, null]);
    // The total: 22 received then, 40 now (18 more, 82%); 9 online then of 22, 24 of 40 now.
    expect(at('VII.5.3.1').total).toMatchObject({ before: 22, now: 40, delta: 18, sharp: true });
    expect(at('VII.5.3').total.before).toBeCloseTo(9 / 22, 12);
    expect(at('VII.5.3').total.delta).toBeCloseTo(24 / 40 - 9 / 22, 12);
    expect(c.appeared).toEqual([]);
    expect(c.vanished).toEqual([]);
  });

  test('a succession written in other case still gives its date on the sheet', () => {
    const merged = { template: template('dinh-ky'), unit: 'Sở Nội vụ', units: NOW, values: fig(40, 24), derived: new Map() };
    const prev = { units: THEN.map(([u]) => u), values: new Map(THEN.map(([u, r, o]) => [unitKey(u), fig(r, o)])) };
    const succession = [{ unit: 'a', from: ['A'], date: '01/7/2025' }];
    const c = comparePeriods(merged as unknown as MergeResult, prev, succession);
    expect(c.predecessors[0]).toEqual({ unit: 'A', from: ['A'], succession: true });
    const plan = previousSheet(merged as unknown as MergeResult, c, '2024', '2026', succession);
    expect(plan.cells.map((x) => x.value)).toContain('A so với: A (sắp xếp từ 01/7/2025)');
  });
});
