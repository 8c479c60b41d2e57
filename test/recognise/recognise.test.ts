import { recogniseGrid } from '../../src/domain/recognise/recognise';
import type { CellValue } from '../../src/domain/sheet/plan';
import { valuesGrid } from '../support/plan-grid';
import { BUILT_IN, template } from '../support/templates';

/** A sheet of two tables, by hand: what each table ties, and an indicator both give. */
const label = (code: string) =>
  template('dinh-ky')
    .tables[0].sections.flatMap((s) => s.rows)
    .find((r) => r.code === code)!.label;
const HEADER: CellValue[] = ['STT', 'Chỉ tiêu thống kê', 'Số liệu'];

test('an indicator given in two tables is tied to neither, listed with its code as the closest, and missing', () => {
  const g = valuesGrid([
    ['UBND XÃ MỘT'],
    HEADER,
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', null],
    ['2.1', label('I.2.1'), 7],
    ['2.2', label('I.2.2'), 5],
    ['3.1', label('I.3.1'), 1],
    [],
    HEADER,
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', null],
    ['2.1', label('I.2.1'), 8],
    ['4.1', label('I.4.1'), 2],
  ]);
  const r = recogniseGrid(g, BUILT_IN)!;
  expect(r.headers.map((h) => h.top)).toEqual([2, 8]);
  expect(r.rows.map((x) => [x.row, x.code, x.columns.map((c) => c.col)])).toEqual([
    [5, 'I.2.2', [3]],
    [6, 'I.3.1', [3]],
    [11, 'I.4.1', [3]],
  ]);
  expect(r.unmatched.map((u) => [u.row, u.col, u.label, u.closest])).toEqual([
    [4, 2, label('I.2.1'), [{ code: 'I.2.1', similarity: 1 }]],
    [10, 2, label('I.2.1'), [{ code: 'I.2.1', similarity: 1 }]],
  ]);
  expect(r.missing).toContain('I.2.1');
  expect(r.missing).not.toContain('I.2.2');
  expect(r.missing).toHaveLength(121 - 3);
  expect(r.heading).toEqual({ unit: 'UBND xã Một' });
});

test('tables laid out differently: each row’s label read from its own table, the rows not tied in sheet order', () => {
  const g = valuesGrid([
    ['UBND XÃ MỘT'],
    HEADER,
    [2.1, `  ${label('I.2.1')}  `, 7],
    ['2.2', label('I.2.2'), 5],
    [null, 'Khoản chi khác', 1],
    ['3.1', label('I.3.1'), 1],
    [],
    // The second table one column to the right.
    [null, ...HEADER],
    [null, '2.1', label('I.2.1'), 8],
    [null, '4.1', label('I.4.1'), 2],
  ]);
  const r = recogniseGrid(g, BUILT_IN)!;
  expect(r.headers.map((h) => h.top)).toEqual([2, 8]);
  expect(r.rows.map((x) => [x.row, x.code, x.columns.map((c) => c.col)])).toEqual([
    [4, 'I.2.2', [3]],
    [6, 'I.3.1', [3]],
    [10, 'I.4.1', [4]],
  ]);
  expect(r.unmatched.map((u) => [u.row, u.col, u.label])).toEqual([
    [3, 2, label('I.2.1')],
    [5, 2, 'Khoản chi khác'],
    [9, 3, label('I.2.1')],
  ]);
  // The two that claimed I.2.1 say so, with the STT typed on each.
  expect([r.unmatched[0], r.unmatched[2]].map((u) => [u.stt, u.closest.map((c) => c.code)])).toEqual([
    ['2.1', ['I.2.1']],
    ['2.1', ['I.2.1']],
  ]);
});

test('three rows tied are an appendix; two are not; more rows not tied than tied are not', () => {
  const rows = (codes: string[], others = 0): CellValue[][] => [
    HEADER,
    ...codes.map((c) => [null, label(c), 1]),
    ...Array.from({ length: others }, (_, i) => [null, `Khoản chi ${i + 1}`, 2]),
  ];
  expect(recogniseGrid(valuesGrid(rows(['I.2.1', 'I.2.2', 'I.3.1'])), BUILT_IN)?.rows).toHaveLength(3);
  expect(recogniseGrid(valuesGrid(rows(['I.2.1', 'I.2.2'])), BUILT_IN)).toBeUndefined();
  expect(recogniseGrid(valuesGrid(rows(['I.2.1', 'I.2.2', 'I.3.1'], 3)), BUILT_IN)?.rows).toHaveLength(3);
  expect(recogniseGrid(valuesGrid(rows(['I.2.1', 'I.2.2', 'I.3.1'], 4)), BUILT_IN)).toBeUndefined();
});

test('a table whose columns are none of the form’s gives no values: its rows are listed, not tied', () => {
  const g = valuesGrid([
    HEADER,
    ['2.1', label('I.2.1'), 7],
    ['2.2', label('I.2.2'), 5],
    ['3.1', label('I.3.1'), 1],
    [],
    // A second table of years: Mẫu A has one value column, "Số liệu", and no year.
    ['STT', 'Chỉ tiêu thống kê', 'Năm 2019', 'Năm 2020'],
    ['4.1', label('I.4.1'), 2, 3],
  ]);
  const r = recogniseGrid(g, BUILT_IN)!;
  expect(r.template.id).toBe('dinh-ky');
  expect(r.rows.map((x) => x.code)).toEqual(['I.2.1', 'I.2.2', 'I.3.1']);
  expect(r.unmatched.map((u) => [u.row, u.col, u.stt, u.label, u.closest])).toEqual([[7, 2, '4.1', label('I.4.1'), []]]);
  expect(r.unmatchedColumns.map((c) => c.text)).toEqual(['Năm 2019', 'Năm 2020']);
});

test('the confidence is that of the least alike label tied', () => {
  const slip = label('I.2.2').slice(0, -1); // one label typed a letter short
  const g = valuesGrid([HEADER, [null, label('I.2.1'), 7], [null, slip, 5], [null, label('I.3.1'), 1]]);
  const r = recogniseGrid(g, BUILT_IN)!;
  const rowOf = (code: string) => r.rows.find((x) => x.code === code)!;
  expect(rowOf('I.2.2').confidence).toBeLessThan(1);
  expect([rowOf('I.2.1').confidence, rowOf('I.3.1').confidence]).toEqual([1, 1]);
  expect(r.confidence).toBe(rowOf('I.2.2').confidence);
});
