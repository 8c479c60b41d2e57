import { BREAKDOWN_HEADER } from '../../src/domain/merge/breakdown-layout';
import { readBreakdown } from '../../src/domain/merge/previous';
import type { CellValue } from '../../src/domain/sheet/plan';
import { unitKey } from '../../src/domain/units/identity';
import { valuesGrid } from '../support/plan-grid';
import { smallForm } from '../support/small-forms';

/**
 * A previous consolidation's breakdown read back, cell by cell as laid out by hand: only the
 * figures of counts, money and rates typed as inputs, only under a named unit's column (never a
 * group's subtotal), only below the header, only finite numbers.
 */
const form = smallForm('tong-ty-le', 'Tổng và tỷ lệ', [
  { code: 'A', label: 'Hồ sơ tiếp nhận', kind: 'count' },
  { code: 'B', label: 'Kinh phí', kind: 'money' },
  { code: 'D', label: 'Hồ sơ trực tuyến', kind: 'count' },
  { code: 'P', label: 'Tỷ lệ hài lòng', kind: 'percent' },
  { code: 'R', label: 'Tỷ lệ trực tuyến', kind: 'percent', formula: '[D] / [A]' },
  { code: 'C', label: 'Đánh giá', kind: 'code', codes: [{ value: 'Đạt', label: 'Đạt' }] },
  { code: 'N', label: 'Ghi chú', kind: 'text' },
]);

const header: CellValue[] = [...BREAKDOWN_HEADER, 'UBND xã Một', 'Cộng Ân Thi', ' UBND xã Hai ', '', 'UBND xã Ba'];

const sheet: CellValue[][] = [
  ['CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ — TỔNG VÀ TỶ LỆ'],
  // Above the header: not a unit's figure.
  ['D', 'Hồ sơ trực tuyến', 'hồ sơ', 1, 1, 777, null, 777, null, 777],
  header,
  ['', 'Số lỗi khi kiểm tra tệp của đơn vị', 'Lỗi', 0, null, 4, 4, 4, 4, 4],
  ['A', 'Hồ sơ tiếp nhận', 'hồ sơ', 300, 3, 100, 150, 50, 999, 150],
  [' B ', 'Kinh phí', 'đồng', 10, 1, 10, 10, '15', 3, Infinity],
  ['P', 'Tỷ lệ hài lòng', '%', 0.9, 3, 0.95, 0.9, 0.85, null, Number.NaN],
  ['R', 'Tỷ lệ trực tuyến', '%', 0.5, 3, 0.5, 0.5, 0.5, 0.5, 0.5],
  ['R tính lại', 'Tính lại', '%', null, null, 0.4],
  ['C', 'Đánh giá', '', 'Đạt: 3', 3, 1, 1, 1, 1, 1],
  ['N', 'Ghi chú', '', null, 3, 5, 5, 5, 5, 5],
];

test('the units named in the header from its sixth column, a subtotal and a blank heading aside, each name trimmed', () => {
  expect(readBreakdown(valuesGrid(sheet), form)!.units).toEqual(['UBND xã Một', 'UBND xã Hai', 'UBND xã Ba']);
});

test('each unit’s input figures of counts, money and rates; derived rows, codes, texts, words and non-finite numbers left out', () => {
  const { values } = readBreakdown(valuesGrid(sheet), form)!;
  const of = (unit: string) => Object.fromEntries(values.get(unitKey(unit))!);
  expect(of('UBND xã Một')).toEqual({ 'A@value': 100, 'B@value': 10, 'P@value': 0.95 });
  expect(of('UBND xã Hai')).toEqual({ 'A@value': 50, 'P@value': 0.85 });
  expect(of('UBND xã Ba')).toEqual({ 'A@value': 150 });
  expect(values.size).toBe(3);
});

test('a header in the first row is read; a sheet whose header differs in one column, or has none, is no breakdown', () => {
  expect(readBreakdown(valuesGrid(sheet.slice(2)), form)!.units).toEqual(['UBND xã Một', 'UBND xã Hai', 'UBND xã Ba']);
  const other = [...header];
  other[4] = 'Số đơn vị';
  expect(readBreakdown(valuesGrid([other, ...sheet.slice(3)]), form)).toBeUndefined();
  expect(readBreakdown(valuesGrid(sheet.slice(3)), form)).toBeUndefined();
});
