import { mapValueColumns } from '../../src/domain/recognise/columns';
import type { Header } from '../../src/domain/recognise/header';
import { template } from '../support/templates';

const header = (values: [number, string][]): Header => ({
  top: 5,
  bottom: 5,
  columns: [{ col: 1, role: 'label', text: 'Chỉ tiêu' }, ...values.map(([col, text]) => ({ col, role: 'value' as const, text }))],
});

test('a form of one value column takes the sheet’s one value column, whatever its words', () => {
  expect(mapValueColumns(header([[4, 'Kết quả']]), template('dinh-ky'))).toEqual({ columns: [{ col: 4, key: 'value' }], unmatched: [] });
});

test('year columns by their words, in any order and without diacritics; a year the form does not have (one digit away from 2015) is set apart', () => {
  const h = header([
    [2, 'Năm 2025'],
    [3, 'Nam 2017'],
    [4, 'NĂM 2015'],
    [5, 'Năm 2020 (tính đến 31/3)'],
    [6, 'nam 2016'],
  ]);
  const { columns, unmatched } = mapValueColumns(h, template('tong-ket-pl1'));
  expect(columns).toEqual([
    { col: 3, key: 'y2017' },
    { col: 4, key: 'y2015' },
    { col: 5, key: 'y2020' },
    { col: 6, key: 'y2016' },
  ]);
  // One digit from 2015 and two from every other year: close enough in words, but another year.
  expect(unmatched.map((c) => c.text)).toEqual(['Năm 2025']);
});

test('the same year twice: the second is set apart, not tied again', () => {
  const { columns, unmatched } = mapValueColumns(
    header([
      [2, 'Năm 2016'],
      [3, 'Năm 2016'],
    ]),
    template('tong-ket-pl1'),
  );
  expect(columns).toEqual([{ col: 2, key: 'y2016' }]);
  expect(unmatched.map((c) => c.col)).toEqual([3]);
});
