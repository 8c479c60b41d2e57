import { findHeader } from '../../src/domain/recognise/header';
import { mapRows } from '../../src/domain/recognise/rows';
import type { CellValue } from '../../src/domain/sheet/plan';
import { laidOutValues, valuesGrid } from '../support/plan-grid';
import { template } from '../support/templates';

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

describe('what the rows say decides, and nothing is tied on a guess', () => {
  let values: ReturnType<typeof rendered>;
  beforeEach(() => {
    values = rendered();
  });
  const rowOf = (code: string) => values.findIndex((r) => r[0] === code);

  test('an indicator two rows claim goes to neither: both listed, in sheet order, with that indicator as the closest', () => {
    const typed = values.map((r) => [...r]);
    // I.1's label and STT typed again on the row of I.2.1.
    const [i1, i21] = [rowOf('I.1'), rowOf('I.2.1')];
    typed[i21][1] = typed[i1][1];
    typed[i21][2] = typed[i1][2];
    const g = grid(typed);
    const m = mapRows(g, findHeader(g)!, T);
    expect(m.mapped.some((x) => x.code === 'I.1')).toBe(false);
    const twice = m.unmatched.filter((u) => u.closest?.[0]?.code === 'I.1');
    expect(twice.map((u) => [u.row, u.stt, u.label, u.closest])).toEqual(
      [i1, i21].map((i) => [i + 1, '1', values[i1][2], [{ code: 'I.1', similarity: 1 }]]),
    );
    expect(m.unmatched.map((u) => u.row)).toEqual([...m.unmatched.map((u) => u.row)].sort((a, b) => a - b));
    expect(m.missing).toEqual(['I.1', 'I.2.1']);
  });

  test('section rows known by their titles alone (no numeral), or by a numeral under another wording', () => {
    const typed = values.map((r) => [...r]);
    const sectionRows = typed.map((r, i) => (r[0] === null && /^[IVX]+$/.test(String(r[1] ?? '')) ? i : -1)).filter((i) => i >= 0);
    expect(sectionRows).toHaveLength(7);
    // I and II without their numeral; III with its numeral but a title of its own words.
    typed[sectionRows[0]][1] = null;
    typed[sectionRows[1]][1] = '';
    typed[sectionRows[2]][2] = 'Phần cải cách thủ tục (tự đặt tên)';
    const g = grid(typed);
    const m = mapRows(g, findHeader(g)!, T);
    expect(m.unmatched).toEqual([]);
    expect(m.mapped).toHaveLength(121);
    for (const x of m.mapped) expect([x.row, x.code, x.by]).toEqual([x.row, codeAt(values, x.row), 'stt+label']);
  });

  test('STTs typed as numbers read as typed ("2.1" as 2.1, "1" as 1)', () => {
    const typed = values.map((r) => [...r]);
    typed[rowOf('I.2.1')][1] = 2.1;
    typed[rowOf('I.1')][1] = 1;
    const g = grid(typed);
    const m = mapRows(g, findHeader(g)!, T);
    expect(m.mapped.filter((x) => x.code === 'I.2.1' || x.code === 'I.1').map((x) => x.by)).toEqual(['stt+label', 'stt+label']);
  });

  test('with no section rows at all, every label is looked for in the whole form', () => {
    const typed = values.filter((r) => !(r[0] === null && /^[IVX]+$/.test(String(r[1] ?? ''))));
    const g = grid(typed);
    const m = mapRows(g, findHeader(g)!, T);
    // "1.1" recurs in every section: without sections, labels decide.
    for (const x of m.mapped) expect(x.code).toBe(codeAt(typed, x.row));
    expect(m.mapped.filter((x) => x.by === 'label').length).toBeGreaterThan(100);
  });
});

test('rows are read down to the table’s last row only: the next table’s rows are its own', () => {
  const values = rendered();
  const g = grid(values);
  const header = findHeader(g)!;
  const end = values.findIndex((r) => r[0] === 'I.4.2') + 1;
  const m = mapRows(g, header, T, end);
  const firstRow = header.bottom + 1;
  const expected = values
    .slice(firstRow - 1, end)
    .map((r) => r[0])
    .filter((c) => typeof c === 'string' && /^I\./.test(c));
  expect(m.mapped.map((x) => x.code)).toEqual(expected);
  expect(m.mapped.at(-1)).toMatchObject({ row: end, code: 'I.4.2' });
  expect(m.missing).toContain('I.4.3');
});

test('rows of a shared label are placed by their exact STT when their parent rows are left out', () => {
  const values = rendered();
  // II.2, II.2.2, II.3 and II.3.2 left out: "Số VBQPPL có kiến nghị xử lý đã được xử lý xong" under no parent.
  const typed = values.filter((r) => !['II.2', 'II.2.2', 'II.3', 'II.3.2'].includes(String(r[0])));
  const g = grid(typed);
  const m = mapRows(g, findHeader(g)!, T);
  const at = (code: string) => m.mapped.find((x) => codeAt(typed, x.row) === code);
  expect([at('II.2.2.2')?.code, at('II.2.2.2')?.by]).toEqual(['II.2.2.2', 'stt+label']);
  expect([at('II.3.2.2')?.code, at('II.3.2.2')?.by]).toEqual(['II.3.2.2', 'stt+label']);
  for (const x of m.mapped) expect(x.code).toBe(codeAt(typed, x.row));
  expect(m.missing.sort()).toEqual(['II.2', 'II.2.2', 'II.3', 'II.3.2']);
});

test('the STT written in full ("II.3.2.2") places a shared label with no section row above it', () => {
  const values = rendered();
  const typed = values.filter((r) => !['II', 'II.2', 'II.2.2', 'II.3', 'II.3.2'].includes(String(r[0]))).map((r) => [...r]);
  for (const r of typed) if (r[0] === 'II.2.2.2' || r[0] === 'II.3.2.2') r[1] = r[0];
  const g = grid(typed);
  const m = mapRows(g, findHeader(g)!, T);
  const row = (code: string) => typed.findIndex((r) => r[0] === code) + 1;
  expect(m.mapped.find((x) => x.row === row('II.2.2.2'))?.code).toBe('II.2.2.2');
  expect(m.mapped.find((x) => x.row === row('II.3.2.2'))?.code).toBe('II.3.2.2');
  for (const x of m.mapped) expect(x.code).toBe(codeAt(typed, x.row));
});
