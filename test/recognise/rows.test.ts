import { findHeader } from '../../src/domain/recognise/header';
import { mapRows } from '../../src/domain/recognise/rows';
import type { CellValue } from '../../src/domain/sheet/plan';
import { laidOutValues, valuesGrid } from '../support/plan-grid';
import { template } from '../support/workbooks';

const T = template('dinh-ky');

/** Mẫu A as laid out; column A holds each row's code: the oracle the mapping is checked against. */
const rendered = () => laidOutValues('dinh-ky');
const grid = valuesGrid;
const codeAt = (values: CellValue[][], row: number) => values[row - 1][0];

/** Folded to ASCII as a keyboard without Vietnamese input types it ("Tỷ lệ" → "Ty le"). */
const ascii = (v: CellValue) =>
  typeof v === 'string' ? v.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') : v;

test('the form as laid out: every indicator tied by its STT and label, each to the row of its own code', () => {
  const values = rendered();
  const g = grid(values);
  const m = mapRows(g, findHeader(g)!, T);
  expect(m.unmatched).toEqual([]);
  expect(m.missing).toEqual([]);
  expect(m.mapped).toHaveLength(121);
  for (const x of m.mapped) expect([x.row, x.code, x.confidence, x.by]).toEqual([x.row, codeAt(values, x.row), 1, 'stt+label']);
});

test('typed without diacritics and without the STT column: tied by label, never to a wrong code', () => {
  const values = rendered();
  // Column A (the add-in's codes) and B (STT) gone, as in a sheet typed from the Word form.
  const typed = values.map((r) => r.slice(2).map(ascii));
  const g = grid(typed);
  const m = mapRows(g, findHeader(g)!, T);
  for (const x of m.mapped) expect([x.row, x.code]).toEqual([x.row, codeAt(values, x.row)]);
  // "Số VBQPPL có kiến nghị xử lý đã được xử lý xong" is both II.2.2.2 and II.3.2.2: told apart by the group row above it.
  expect(m.unmatched).toEqual([]);
  expect(m.mapped).toHaveLength(121);
});

test('an STT typed wrong (pointing at another indicator): the label decides, or the row stays unmatched', () => {
  const values = rendered();
  const typed = values.map((r) => [...r]);
  const i21 = typed.findIndex((r) => r[0] === 'I.2.1');
  typed[i21][1] = '4.1'; // I.4.1 is "Tổng số nhiệm vụ được giao": not this row's label
  const g = grid(typed);
  const m = mapRows(g, findHeader(g)!, T);
  const row = m.mapped.find((x) => x.row === i21 + 1);
  expect(row && [row.code, row.by]).toEqual(['I.2.1', 'label']);
  for (const x of m.mapped) expect(x.code).toBe(codeAt(values, x.row));
});
