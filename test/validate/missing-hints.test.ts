import type { Rule, Row } from '../../src/domain/catalogue/schema';
import { validateSheet } from '../../src/domain/validate/validate';
import { typedSheet } from '../support/typed-sheet';
import { smallForm } from '../support/small-forms';

/**
 * Which value an empty input should hold, read from the form's sum rules. The hints are worked out
 * once per form, so each test loads its own form: every test then reaches the code that reads the
 * rules (and mutation testing knows which tests do).
 */
const ROWS: Row[] = [
  { code: 'I.1', label: 'Phần một', kind: 'count' },
  { code: 'I.2', label: 'Phần hai', kind: 'count' },
  { code: 'I', label: 'Tổng bằng I.1 + I.2', kind: 'count' },
  { code: 'II', label: 'Tổng giữa max(I.1, I.2) và I.1 + I.2', kind: 'count' },
  { code: 'III', label: 'Không quá I.1 (chỉ có cận trên)', kind: 'count' },
  { code: 'IV', label: 'Bằng I.1 khi I.1 > 0', kind: 'count' },
  { code: 'V', label: 'Vế trái không phải một mã', kind: 'count' },
  { code: 'VI', label: 'Chuỗi so sánh', kind: 'count' },
  { code: 'VII', label: 'Cận chặt', kind: 'count' },
  { code: 'VIII', label: 'Tỷ lệ', kind: 'percent' },
  { code: 'IX', label: 'Ghi chú', kind: 'text' },
];
const RULES: Rule[] = [
  { id: 'S1', severity: 'error', title: 'I là tổng', assert: ['I = I.1 + I.2'] },
  { id: 'S2', severity: 'error', title: 'II trong khoảng', assert: ['II <= I.1 + I.2', 'II >= max(I.1, I.2)'] },
  { id: 'S3', severity: 'error', title: 'III không quá I.1', assert: ['III <= I.1'] },
  { id: 'S4', severity: 'error', title: 'IV khi có I.1', when: 'I.1 > 0', assert: ['IV = I.1'] },
  { id: 'S5', severity: 'error', title: 'Tổng I.1 và I.2', assert: ['I.1 + I.2 >= V'] },
  { id: 'S6', severity: 'error', title: 'Chuỗi', assert: ['VI <= I.1 <= I.1 + I.2'] },
  { id: 'S7', severity: 'error', title: 'Cận chặt', assert: ['VII < I.1 + I.2', 'VII > max(I.1, I.2)'] },
];

const form = () => smallForm('goi-y-tong', 'Gợi ý tổng', ROWS, RULES);

async function missing(values: Record<string, number>, consolidated = false) {
  const t = form();
  const found = validateSheet(await typedSheet(t, values, 'UBND xã Một'), t, { consolidated });
  return found.filter((f) => f.severity === 'warning' && (f.rule === 'THIEU' || f.text.kind === 'missing-by-rule'));
}

const byCode = (fs: Awaited<ReturnType<typeof missing>>) => Object.fromEntries(fs.map((f) => [f.code, f]));

test('a total equal to its parts: the value it should hold, under the sum rule', async () => {
  const f = byCode(await missing({ 'I.1': 3, 'I.2': 4 })).I;
  expect(f).toMatchObject({
    rule: 'S1',
    expected: 7,
    text: { kind: 'missing-by-rule', code: 'I', rule: 'S1', assert: 'I = I.1 + I.2', should: { value: 7, kind: 'count' } },
  });
});

test('a total between two bounds that meet (one part is 0): the value, with both bounds written', async () => {
  const f = byCode(await missing({ 'I.1': 5, 'I.2': 0 })).II;
  expect(f).toMatchObject({
    rule: 'S2',
    expected: 5,
    text: {
      kind: 'missing-by-rule',
      code: 'II',
      rule: 'S2',
      assert: 'max(I.1; I.2) ≤ II ≤ I.1 + I.2',
      should: { value: 5, kind: 'count' },
    },
  });
});

test('bounds that do not meet leave the value open: only its absence is said', async () => {
  const f = byCode(await missing({ 'I.1': 3, 'I.2': 2 })).II;
  expect(f).toMatchObject({ rule: 'THIEU', text: { kind: 'missing', code: 'II', label: 'Tổng giữa max(I.1, I.2) và I.1 + I.2' } });
  expect(f).not.toHaveProperty('expected');
});

test('parts not given: no value to propose', async () => {
  const f = byCode(await missing({ III: 1 })).I;
  expect(f).toMatchObject({ rule: 'THIEU', text: { kind: 'missing', code: 'I' } });
});

test('one bound alone, a conditional rule, a left side that is no code, a chain and strict bounds give no value', async () => {
  const fs = byCode(await missing({ 'I.1': 5, 'I.2': 0 }));
  for (const code of ['III', 'IV', 'V', 'VI', 'VII'])
    expect([code, fs[code]?.rule, fs[code]?.text.kind]).toEqual([code, 'THIEU', 'missing']);
});

test('every empty input of numbers is named once; texts are never asked for', async () => {
  const fs = await missing({ 'I.1': 5, 'I.2': 0 });
  expect(fs.map((f) => f.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
});

test('a consolidation is not asked for the rates the merge leaves empty, but still for counts', async () => {
  const fs = await missing({ 'I.1': 5, 'I.2': 0 }, true);
  expect(fs.map((f) => f.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
});

test('a form with nothing typed: one line for the sheet, naming how many inputs are empty (the note among them)', async () => {
  const fs = await missing({});
  expect(fs).toHaveLength(1);
  expect(fs[0].text).toEqual({ kind: 'empty-sheet', inputs: 11 });
});
