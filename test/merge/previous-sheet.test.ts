import type { MergeResult } from '../../src/domain/merge/merge';
import type { Change, PeriodComparison } from '../../src/domain/merge/previous';
import { previousSheet } from '../../src/domain/merge/previous-sheet';
import type { SheetPlan } from '../../src/domain/sheet/plan';
import { template } from '../support/templates';

// The sheet's plan read cell by cell, with a comparison written by hand (the comparison itself is
// tested in previous.test.ts): what each cell holds, how it is styled, which notes are written.

const change = (before: number | null, now: number | null, delta: number | null, sharp = false): Change => ({
  before,
  now,
  delta,
  relative: null,
  sharp,
});

function merged(templateId: string, units: string[]): MergeResult {
  return {
    template: template(templateId),
    unit: 'Sở Nội vụ tỉnh Hưng Yên',
    units: units.map((unit) => ({ unit })),
  } as unknown as MergeResult;
}

const at = (plan: SheetPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);
const textOf = (plan: SheetPlan) => plan.cells.filter((c) => typeof c.value === 'string').map((c) => c.value as string);

const COMPARISON: PeriodComparison = {
  rows: [
    {
      code: 'VII.5.3',
      key: 'value',
      percent: true,
      total: change(0.5, 0.8, 0.3, true),
      units: [change(0.5, 0.8, 0.3, true), change(0.5, 0.55, 0.05)],
    },
    { code: 'III.3.1.1', key: 'value', percent: false, total: change(60, 90, 30), units: [change(60, 90, 30), change(null, 4, null)] },
  ],
  predecessors: [
    { unit: 'UBND xã X', from: ['UBND xã A', 'UBND xã B'], succession: true },
    { unit: 'UBND xã D', from: ['UBND xã D'], succession: false },
    { unit: 'UBND xã G', from: [], succession: true },
  ],
  appeared: ['UBND xã F', 'UBND xã H'],
  vanished: ['UBND xã E'],
  unknownPredecessors: ['UBND xã Z'],
};

describe('the plan of "So với kỳ trước"', () => {
  const plan = () =>
    previousSheet(merged('dinh-ky', ['UBND xã X', 'UBND xã D']), COMPARISON, '2024', 'năm 2026', [
      // Typed without "UBND" and in capitals: still the unit X of the comparison.
      { unit: 'XÃ X', from: ['UBND xã A', 'UBND xã B'], date: '01/7/2025' },
    ]);

  test('titles name the template, the consolidating unit and both periods', () => {
    const p = plan();
    expect(p.name).toBe('So với kỳ trước');
    expect(at(p, 1, 1)?.value).toBe('SO SÁNH VỚI KỲ TRƯỚC — MẪU A — THỐNG KÊ SỐ LIỆU CCHC ĐỊNH KỲ (QUÝ, 6 THÁNG, NĂM)');
    expect(at(p, 2, 1)?.value).toBe('Sở Nội vụ tỉnh Hưng Yên: năm 2026 so với kỳ 2024');
  });

  test('one column a unit after the totals, each with its width', () => {
    const p = plan();
    expect(p.cells.filter((c) => c.row === 4).map((c) => c.value)).toEqual([
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Tổng hợp kỳ trước',
      'Tổng hợp kỳ này',
      'Thay đổi',
      'UBND xã X: thay đổi',
      'UBND xã D: thay đổi',
    ]);
    expect(p.columns.map((c) => c.width)).toEqual([11, 44, 12, 12, 11, 14, 14]);
  });

  test('a rate row: percent cells, the sharp changes amber, the rest plain', () => {
    const p = plan();
    expect([1, 2, 3, 4, 5, 6, 7].map((col) => at(p, 5, col)?.value)).toEqual([
      'VII.5.3',
      'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
      0.5,
      0.8,
      0.3,
      0.3,
      0.05,
    ]);
    expect([1, 2, 3, 4, 5, 6, 7].map((col) => at(p, 5, col)?.style)).toEqual([
      'plain-text',
      'plain-text',
      'plain-percent',
      'plain-percent',
      'unusual-percent',
      'unusual-percent',
      'plain-percent',
    ]);
  });

  test('a count row: count cells, a unit with no figure then left blank', () => {
    const p = plan();
    expect([1, 2, 3, 4, 5, 6, 7].map((col) => at(p, 6, col)?.value)).toEqual([
      'III.3.1.1',
      'Tổng số hồ sơ TTHC đã giải quyết xong',
      60,
      90,
      30,
      30,
      null,
    ]);
    expect([3, 4, 5, 6, 7].map((col) => at(p, 6, col)?.style)).toEqual(Array(5).fill('plain-count'));
  });

  test('under the table: how a change is measured, who is compared with whom, who appeared or vanished', () => {
    const p = plan();
    expect(p.cells.filter((c) => c.row === 7).every((c) => c.value === null)).toBe(true);
    const lines = [8, 9, 10, 11, 12, 13].map((row) => at(p, row, 2));
    expect(lines.every((c) => c?.style === 'label-bold')).toBe(true);
    expect(lines.map((c) => c?.value)).toEqual([
      'Thay đổi = kỳ này − kỳ trước; với tỷ lệ là số điểm phần trăm. Ô tô vàng: thay đổi lớn (tỷ lệ quá 20 điểm; số đếm quá một nửa và từ 5 trở lên). Tỷ lệ của đơn vị gồm nhiều đơn vị cũ được tính lại từ số liệu thành phần đã cộng.',
      'UBND xã X so với: UBND xã A; UBND xã B (sắp xếp từ 01/7/2025)',
      'UBND xã G so với: không có đơn vị nào trong kỳ trước',
      'Không có số liệu kỳ trước, không so sánh (đơn vị mới hoặc đổi tên mà thiếu trong danh sách sắp xếp): UBND xã F, UBND xã H',
      'Có trong kỳ trước nhưng không đơn vị nào của kỳ này thay thế: UBND xã E',
      'Danh sách sắp xếp nêu đơn vị không có trong tổng hợp kỳ trước: UBND xã Z',
    ]);
    // The unit compared with itself needs no line; nothing follows the last note.
    expect(textOf(p).some((t) => t.startsWith('UBND xã D so với'))).toBe(false);
    expect(Math.max(...p.cells.map((c) => c.row))).toBe(13);
    // Each note runs from the label column to the last.
    expect(p.merges).toContainEqual({ top: 9, left: 2, bottom: 9, right: 7 });
  });

  test('with nobody new, gone or unknown, only the measure is written under the table', () => {
    const quiet: PeriodComparison = { ...COMPARISON, predecessors: [], appeared: [], vanished: [], unknownPredecessors: [] };
    const p = previousSheet(merged('dinh-ky', ['UBND xã X', 'UBND xã D']), quiet, '2024', '2026', []);
    expect(Math.max(...p.cells.map((c) => c.row))).toBe(8);
    expect(String(at(p, 8, 2)?.value)).toMatch(/^Thay đổi = kỳ này − kỳ trước/);
  });

  test('a succession without a date names no date', () => {
    const p = previousSheet(merged('dinh-ky', ['UBND xã X', 'UBND xã D']), COMPARISON, '2024', '2026', [
      { unit: 'UBND xã X', from: ['UBND xã A', 'UBND xã B'] },
    ]);
    expect(textOf(p)).toContain('UBND xã X so với: UBND xã A; UBND xã B');
  });

  test('a form with several value columns names the column beside the code', () => {
    const c: PeriodComparison = {
      ...COMPARISON,
      rows: [{ code: '1.1', key: 'y2016', percent: false, total: change(3, 5, 2), units: [change(3, 5, 2)] }],
    };
    const p = previousSheet(merged('tong-ket-pl1', ['UBND tỉnh']), c, '2024', '2026', []);
    expect(at(p, 5, 1)?.value).toBe('1.1 (Năm 2016)');
    expect(at(p, 5, 2)?.value).toBe('– Văn bản của Tỉnh/Thành ủy');
  });
});
