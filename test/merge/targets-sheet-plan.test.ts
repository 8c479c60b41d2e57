import { targetsSheet } from '../../src/domain/targets/targets-sheet';
import type { TargetSet } from '../../src/domain/targets/schema';
import type { SheetPlan } from '../../src/domain/sheet/plan';
import { mergedDinhKy } from '../support/units';

/** "Mục tiêu" as planned, cell by cell, for two targets of a province's own, with figures worked out by hand. */
const UNITS = [
  // 99 / 100 = 99%: meets 80%.
  ['UBND xã An Bình', { 'VII.5.3.1': 100, 'VII.5.3.2': 99 }],
  // 6 / 5 = 120%: in error (more online than received).
  ['UBND xã Bắc Sơn', { 'VII.5.3.1': 5, 'VII.5.3.2': 6 }],
  // 150 / 200 = 75%: does not meet 80%.
  ['UBND phường Hồng Hà', { 'VII.5.3.1': 200, 'VII.5.3.2': 150 }],
] as const;

const SET: TargetSet = {
  id: 'tinh-thu',
  name: 'Mục tiêu thử',
  source: 'Kế hoạch thử',
  targets: [
    {
      id: 'T-TYLE',
      label: 'Hồ sơ trực tuyến',
      year: 2024,
      judged: 'threshold',
      comparison: '>=',
      threshold: 0.8,
      measures: [{ template: 'dinh-ky', code: 'VII.5.3' }],
    },
    {
      id: 'T-SO',
      label: 'Hồ sơ tiếp nhận',
      year: 2024,
      judged: 'threshold',
      comparison: '>=',
      threshold: 150,
      unit: 'number',
      measures: [{ template: 'dinh-ky', code: 'VII.5.3.1' }],
    },
  ],
};

async function plan(): Promise<SheetPlan> {
  const r = await mergedDinhKy(UNITS.map(([u, v]) => [u, { ...v }]));
  return targetsSheet(r, [SET], 'quý III năm 2024')!;
}
const row = (p: SheetPlan, id: string) => {
  const at = p.cells.find((c) => c.col === 1 && c.value === id)!.row;
  return p.cells.filter((c) => c.row === at).sort((a, b) => a.col - b.col);
};

test('titles and headers: the form, the consolidating unit, the period and the number of units', async () => {
  const p = await plan();
  expect(p.name).toBe('Mục tiêu');
  expect(p.cells.find((c) => c.row === 1)?.value).toBe('ĐỐI CHIẾU MỤC TIÊU — MẪU A — THỐNG KÊ SỐ LIỆU CCHC ĐỊNH KỲ (QUÝ, 6 THÁNG, NĂM)');
  expect(p.cells.find((c) => c.row === 2)?.value).toBe('Sở Nội vụ tỉnh Hưng Yên, quý III năm 2024: 3 đơn vị');
  expect(p.cells.filter((c) => c.row === 4).map((c) => c.value)).toEqual([
    'Mã',
    'Mục tiêu',
    'Mốc',
    'Ngưỡng',
    'Tổng hợp',
    'Kết quả',
    'Số đơn vị đạt',
    // In the order of their files' names.
    'UBND phường Hồng Hà',
    'UBND xã An Bình',
    'UBND xã Bắc Sơn',
  ]);
});

test('a rate: the value in error shown as text and flagged, counted apart; not met flagged; met plain', async () => {
  const cells = row(await plan(), 'T-TYLE');
  // The total: (150 + 99 + 6) / 305 = 83.6%, met, and holding Bắc Sơn's value in error.
  expect(cells.slice(0, 4).map((c) => c.value)).toEqual(['T-TYLE', 'Hồ sơ trực tuyến', '2024', '≥ 80%']);
  expect(cells[4].value).toBeCloseTo(255 / 305, 12);
  expect(cells.map((c) => c.style)).toEqual([
    'plain-text',
    'plain-text',
    'plain-text',
    'plain-text',
    'plain-percent',
    'plain-text',
    'plain-text',
    'flagged-percent',
    'plain-percent',
    'flagged-text',
  ]);
  expect(cells[5].value).toBe('Đạt (gồm số liệu lỗi của 1 đơn vị)');
  expect(cells[6].value).toBe('1/2; 1 đơn vị số liệu lỗi, không xét');
  expect(cells[7].value).toBeCloseTo(0.75, 12);
  expect(cells[8].value).toBeCloseTo(0.99, 12);
  expect(cells[9].value).toBe('120% — lỗi, không xét');
});

test('a number: counts, judged as numbers (200 and 305 meet 150, 100 and 5 do not)', async () => {
  const cells = row(await plan(), 'T-SO');
  expect(cells.slice(4).map((c) => c.value)).toEqual([305, 'Đạt', '1/3', 200, 100, 5]);
  expect(cells.slice(4).map((c) => c.style)).toEqual([
    'plain-count',
    'plain-text',
    'plain-text',
    'plain-count',
    'flagged-count',
    'flagged-count',
  ]);
});

test('the note under the table says how to read it', async () => {
  const p = await plan();
  expect(p.cells.some((c) => typeof c.value === 'string' && c.value.startsWith('Ghi chú: giá trị tính lại từ số liệu thành phần'))).toBe(
    true,
  );
});
