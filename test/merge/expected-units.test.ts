import { unitsFromColumn, unitsFromText } from '../../src/domain/merge/expected-units';

test('a pasted or saved list: one unit a line, first field of CSV lines, no heading, no repeats', () => {
  const text = '\uFEFFTên đơn vị\nUBND xã Bắc Sơn\r\n\n  UBND  thị trấn Ân Thi ;x\nUBND xã Hồng Quang,12\tghi chú\nUBND xã Bắc Sơn\n';
  expect(unitsFromText(text)).toEqual(['UBND xã Bắc Sơn', 'UBND thị trấn Ân Thi', 'UBND xã Hồng Quang']);
  expect(unitsFromText('')).toEqual([]);
});

test('a one-column sheet: the first column of names, past a column of numbers and a heading', () => {
  expect(unitsFromColumn([['Danh sách đơn vị'], ['UBND xã Một'], [null], ['UBND xã Hai'], ['  ']])).toEqual(['UBND xã Một', 'UBND xã Hai']);
  expect(
    unitsFromColumn([
      ['STT', 'Đơn vị phải nộp'],
      [1, 'UBND xã Một'],
      [2, 'UBND xã Hai'],
      [3, 'UBND xã Một'],
    ]),
  ).toEqual(['UBND xã Một', 'UBND xã Hai']);
  expect(unitsFromColumn([[1], [2]])).toEqual([]);
  expect(unitsFromColumn([])).toEqual([]);
});
