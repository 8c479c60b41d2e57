import { excerpt, listedNames } from '../../src/domain/messages/lang';
import { findingMessage, readProblemText } from '../../src/domain/messages/findings';
import { problemText } from '../../src/domain/messages/problems';
import { fillOutcomeText } from '../../src/domain/messages/fill-compute';
import type { FillOutcome } from '../../src/domain/fill/fill';

const units = (n: number) => Array.from({ length: n }, (_, i) => `UBND xã ${i + 1}`);

test('a message lists up to ten names, then counts the rest', () => {
  expect(listedNames(units(3), 'vi')).toBe('UBND xã 1, UBND xã 2, UBND xã 3');
  // Exactly ten: all of them, nothing counted.
  expect(listedNames(units(10), 'vi')).toBe(units(10).join(', '));
  expect(listedNames(units(11), 'vi')).toBe(`${units(10).join(', ')} và 1 đơn vị khác`);
  expect(listedNames(units(1000), 'vi')).toBe(`${units(10).join(', ')} và 990 đơn vị khác`);
  expect(listedNames(units(12), 'en')).toBe(`${units(10).join(', ')} and 2 more units`);
  expect(listedNames(['a.xlsx', ...units(10)], 'vi', { vi: 'tệp', en: 'files' })).toMatch(/ và 1 tệp khác$/);
  expect(listedNames([], 'en')).toBe('');
});

test('a text from a file is quoted in its first 60 characters, never half a character', () => {
  expect(excerpt('12 hồ sơ')).toBe('12 hồ sơ');
  const sixty = 'x'.repeat(60);
  expect(excerpt(sixty)).toBe(sixty);
  expect(excerpt(`${sixty}y`)).toBe(`${sixty}…`);
  // "𠀀" is two UTF-16 units: at units 60–61 it is left out whole.
  expect(excerpt(`${'x'.repeat(59)}𠀀z`)).toBe(`${'x'.repeat(59)}…`);
  expect(excerpt(`${'x'.repeat(58)}𠀀z`)).toBe(`${'x'.repeat(58)}𠀀…`);
});

test('every message quoting what a user typed quotes an excerpt', () => {
  const long = `${'rất dài '.repeat(4000)}`;
  const cut = `"${long.slice(0, 60)}…"`;
  for (const lang of ['vi', 'en'] as const) {
    expect(readProblemText({ code: 'not-number', raw: long }, lang)).toContain(cut);
    expect(findingMessage({ kind: 'not-in-list', code: 'I.1', value: long, list: 'Có, Không' }, lang)).toContain(cut);
    expect(findingMessage({ kind: 'group-value', code: 'I', value: long }, lang).length).toBeLessThan(120);
    expect(findingMessage({ kind: 'rule-case', title: 'T', code: 'I.1', value: { value: long, kind: 'text' } }, lang)).toContain(cut);
    expect(problemText({ code: 'period-invalid', text: long }, lang)).toContain(cut);
    expect(
      fillOutcomeText({ line: 3, code: long, cell: '', why: { kind: 'unknown-code', template: 'dinh-ky' } } as FillOutcome, lang),
    ).toContain(cut);
  }
});
