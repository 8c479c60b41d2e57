import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import type { UnitFile } from '../../src/app/merge';
import { mergeReports } from '../../src/domain/merge/merge';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import type { CellValue } from '../../src/domain/sheet/plan';
import { builtInTargets } from '../../src/domain/targets/catalogue';
import { targetTallies } from '../../src/domain/targets/tally';
import { MARK_FILL } from '../../src/domain/validate/marks';
import { BUILT_IN } from '../support/templates';
import { dinhKyFiles } from '../support/units';

/**
 * A province's Sở Nội vụ consolidating three communes and a ward straight (no district), the
 * targets held against the total and each unit; every figure worked out by hand below.
 */
const UNITS: [string, Record<string, CellValue>][] = [
  // 99 / 100 online = 99%.
  ['UBND xã An Bình', { 'VII.5.3.1': 100, 'VII.5.3.2': 99 }],
  // 6 / 5 = 120% (the unit wrote 100%).
  ['UBND xã Bắc Sơn', { 'VII.5.3.1': 5, 'VII.5.3.2': 6, 'VII.5.3': 1 }],
  // 150 / 200 = 75%.
  ['UBND phường Hồng Hà', { 'VII.5.3.1': 200, 'VII.5.3.2': 150 }],
  // No online figures at all.
  ['UBND xã Cẩm Phúc', { 'I.2.1': 4, 'I.2.2': 4 }],
];
// The total: (99 + 6 + 150) / (100 + 5 + 200) = 255 / 305.
const TOTAL = 255 / 305;

async function mergedTargets(files: UnitFile[]): Promise<ExcelJS.Worksheet> {
  const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
  const wb = ExcelJsWorkbook.create(ExcelJS);
  for (const plan of mergeSheets(r, { targets: builtInTargets(BUILT_IN) })) await wb.addSheet(plan);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
  expect(back.worksheets.map((w) => w.name)).toEqual([
    'Tổng hợp 2024-Q3',
    'Chi tiết theo đơn vị',
    'Mục tiêu',
    'Biểu đồ',
    'Nhật ký tổng hợp',
  ]);
  return back.getWorksheet('Mục tiêu')!;
}

describe('the targets of a consolidation, per unit', () => {
  let ws: ExcelJS.Worksheet;
  const rows = new Map<string, ExcelJS.Row>();
  let files: UnitFile[];
  beforeAll(async () => {
    files = await dinhKyFiles(UNITS);
  });
  // Merged and written in each test, so that each test is one run of them.
  beforeEach(async () => {
    rows.clear();
    ws = await mergedTargets(files);
    ws.eachRow((row) => {
      const id = row.getCell(1).value;
      if (typeof id === 'string' && /^(D\d\d|BS)/.test(id)) rows.set(id, row);
    });
  });
  const values = (id: string) => Array.from({ length: 4 }, (_, i) => rows.get(id)!.getCell(8 + i).value);
  const fill = (id: string, col: number) => (rows.get(id)!.getCell(col).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

  it('heads a column per unit, in the merge’s order', () => {
    const header = ws.getRow(4).values as unknown[];
    expect(header.slice(1, 8)).toEqual(['Mã', 'Mục tiêu', 'Mốc', 'Ngưỡng', 'Tổng hợp', 'Kết quả', 'Số đơn vị đạt']);
    expect(header.slice(8).sort()).toEqual(UNITS.map(([u]) => u).sort());
  });

  it('lists the targets the template measures: online use (D17), the staff fall (D11), the commune’s own (BS2024-1)', () => {
    expect([...rows.keys()]).toEqual(['D17', 'D11', 'BS2024-1']);
  });

  it('holds online use ≥ 100% against the total and each unit: none of the two with sound figures meets it, Bắc Sơn’s 120% in error counted apart', () => {
    const row = rows.get('D17')!;
    expect([row.getCell(3).value, row.getCell(4).value]).toEqual(['2025', '≥ 100%']);
    expect(row.getCell(5).value).toBeCloseTo(TOTAL, 12);
    expect([row.getCell(6).value, row.getCell(7).value]).toEqual([
      'Không đạt (gồm số liệu lỗi của 1 đơn vị)',
      '0/2; 1 đơn vị số liệu lỗi, không xét',
    ]);
    const units = ws.getRow(4).values as unknown[];
    const at = (unit: string) => units.indexOf(unit);
    expect(row.getCell(at('UBND xã An Bình')).value).toBeCloseTo(0.99, 12);
    expect(row.getCell(at('UBND xã Bắc Sơn')).value).toBe('120% — lỗi, không xét');
    expect(row.getCell(at('UBND phường Hồng Hà')).value).toBe(0.75);
    expect(row.getCell(at('UBND xã Cẩm Phúc')).value).toBeNull();
    expect(
      [at('UBND xã An Bình'), at('UBND xã Bắc Sơn'), at('UBND phường Hồng Hà'), at('UBND xã Cẩm Phúc')].map((c) => fill('D17', c)),
    ).toEqual([`FF${MARK_FILL.error}`, `FF${MARK_FILL.error}`, `FF${MARK_FILL.error}`, undefined]);
    expect(fill('D17', 5)).toBe(`FF${MARK_FILL.error}`);
    expect(ws.getCell(`E${row.number}`).numFmt).toContain('%');
  });

  it('holds a commune’s own target against that commune alone', () => {
    const row = rows.get('BS2024-1')!;
    expect([row.getCell(5).value, row.getCell(6).value, row.getCell(7).value]).toEqual(['—', '—', '1 đơn vị số liệu lỗi, không xét']);
    expect(values('BS2024-1').filter((v) => v === '—')).toHaveLength(3);
  });
});

describe('the tallies of a consolidation', () => {
  it('are worked out once for a merge and its target sets, again for other sets', async () => {
    const r = mergeReports(await dinhKyFiles(UNITS), { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
    const sets = builtInTargets(BUILT_IN);
    const first = targetTallies(r, sets);
    expect(targetTallies(r, sets)).toBe(first);
    // Only the commune's own set (BS2024-1): other sets, other tallies.
    const own = sets.filter((s) => s.unit);
    expect(own.length).toBeGreaterThan(0);
    const again = targetTallies(r, own);
    expect(again).not.toBe(first);
    expect(again.map((t) => t.first.target.id)).toEqual(['BS2024-1']);
    expect(first.map((t) => t.first.target.id)).toEqual(['D17', 'D11', 'BS2024-1']);
  });
});
