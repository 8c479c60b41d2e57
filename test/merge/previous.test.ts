import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { compareWithPrevious } from '../../src/app/previous';
import type { UnitFile } from '../../src/app/merge';
import { mergeReports, type MergeResult } from '../../src/domain/merge/merge';
import type { PeriodComparison } from '../../src/domain/merge/previous';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import { successionFromText } from '../../src/domain/merge/succession';
import { parsePeriod } from '../../src/domain/period';
import type { CellValue } from '../../src/domain/sheet/plan';
import { MARK_FILL } from '../../src/domain/validate/marks';
import { BUILT_IN, template, templateXlsx } from '../support/workbooks';
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
