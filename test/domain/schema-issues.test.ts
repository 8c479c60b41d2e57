import { z } from 'zod';
import { schemaIssues, type SchemaIssue } from '../../src/domain/problems/schema-issues';
import { schemaIssuesText } from '../../src/domain/messages/schema';

/** What a data file's schema refuses, as facts read from the file, worded by the catalogue: never zod's English. */
const SCHEMA = z
  .object({
    name: z.string().min(1).max(5).optional(),
    code: z.string().min(3).optional(),
    id: z
      .string()
      .regex(/^[a-z]+$/)
      .optional(),
    level: z.enum(['xa', 'tinh']).optional(),
    share: z.number().gt(0).lt(1).optional(),
    list: z.array(z.number()).min(1).max(2).optional(),
    pairs: z.array(z.array(z.number()).min(2)).optional(),
    flag: z.boolean().optional(),
    big: z.bigint().optional(),
  })
  .strict()
  .refine((o) => o.name !== 'sai', { params: { rule: 'no-such-rule' } })
  .refine((o) => o.name !== 'zz', 'no params');

function issues(input: unknown): SchemaIssue[] {
  const r = SCHEMA.safeParse(input);
  if (r.success) throw new Error('accepted');
  return schemaIssues(r.error, input);
}
const vi = (input: unknown) => schemaIssuesText(issues(input));
const en = (input: unknown) => schemaIssuesText(issues(input), 'en');

test('a value of another type: what is needed and what the file has, with the value when it is short', () => {
  expect(issues({ flag: 'có' })).toEqual([{ path: ['flag'], kind: 'type', expected: 'boolean', received: 'text', value: 'có' }]);
  expect(vi({ flag: 'có' })).toBe('flag: cần true hoặc false, tệp ghi văn bản "có"');
  expect(en({ flag: 'có' })).toBe('flag: true or false is needed, the file has text "có"');
  expect(vi({ list: { a: 1 } })).toBe('list: cần một danh sách [ … ], tệp ghi một nhóm');
  expect(vi({ list: [1, true] })).toBe('list[1]: cần một số, tệp ghi giá trị logic true');
  expect(
    en({
      pairs: [
        [1, 2],
        [3, null],
      ],
    }),
  ).toBe('pairs[1][1]: a number is needed, the file has null');
  // A type the catalogue has no words for is named as the schema names it.
  expect(vi({ big: 5 })).toBe('big: cần bigint, tệp ghi số 5');
});

test('bounds of numbers, texts and lists, inclusive or not', () => {
  expect(vi({ share: 0 })).toBe('share: phải lớn hơn 0 (tệp ghi 0)');
  expect(en({ share: 1 })).toBe('share: must be less than 1 (the file has 1)');
  expect(vi({ name: '' })).toBe('name: không được để trống (tệp ghi "")');
  expect(en({ name: '' })).toBe('name: must not be empty (the file has "")');
  expect(vi({ code: 'ab' })).toBe('code: cần ít nhất 3 ký tự (tệp ghi "ab")');
  expect(en({ code: 'ab' })).toBe('code: needs at least 3 characters (the file has "ab")');
  expect(vi({ name: 'dài quá' })).toBe('name: tối đa 5 ký tự (tệp ghi "dài quá")');
  expect(en({ name: 'dài quá' })).toBe('name: at most 5 characters (the file has "dài quá")');
  expect(vi({ list: [] })).toBe('list: cần ít nhất một mục');
  expect(en({ list: [] })).toBe('list: needs at least one item');
  expect(vi({ pairs: [[1]] })).toBe('pairs[0]: cần ít nhất 2 mục');
  expect(en({ pairs: [[1]] })).toBe('pairs[0]: needs at least 2 items');
  expect(vi({ list: [1, 2, 3] })).toBe('list: tối đa 2 mục');
  expect(en({ list: [1, 2, 3] })).toBe('list: at most 2 items');
});

test('a form, a choice, a rule of the schema’s own, anything else', () => {
  expect(issues({ id: 'A1' })).toEqual([{ path: ['id'], kind: 'format', value: 'A1' }]);
  expect(vi({ id: 'A1' })).toBe('id: không đúng dạng (tệp ghi "A1")');
  expect(en({ id: 'A1' })).toBe('id: is not in the required form (the file has "A1")');
  expect(vi({ level: 'huyen' })).toBe('level: phải là một trong "xa", "tinh" (tệp ghi "huyen")');
  expect(en({ level: 'huyen' })).toBe('level: must be one of "xa", "tinh" (the file has "huyen")');
  // A rule the catalogue does not know, and a check without a rule: "not valid", never the schema's text.
  expect(issues({ name: 'sai' })).toEqual([{ path: [], kind: 'rule', rule: 'no-such-rule' }]);
  expect(vi({ name: 'sai' })).toBe('không hợp lệ');
  expect(issues({ name: 'zz' })).toEqual([{ path: [], kind: 'other' }]);
  expect(en({ name: 'zz' })).toBe('is not valid');
});

test('unknown fields are listed, ten at most; a file with many problems shows ten, then counts the rest', () => {
  const keys = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i]));
  expect(vi(keys)).toBe(`có mục không dùng được: ${Array.from({ length: 10 }, (_, i) => `"k${i}"`).join(', ')} và 2 mục khác`);
  expect(en({ k: 1 })).toBe('has fields that are not used: "k"');
  const many = { pairs: Array.from({ length: 13 }, () => [1]) };
  const text = vi(many);
  expect(text.split('; ')).toHaveLength(11);
  expect(text).toMatch(/^pairs\[0\]: cần ít nhất 2 mục; .*pairs\[9\]: cần ít nhất 2 mục; và 3 chỗ sai khác$/);
  expect(en(many)).toMatch(/; and 3 more problems$/);
});

test('long names and values are quoted in 60 characters', () => {
  const long = 'x'.repeat(100);
  expect(vi({ [long]: 1 })).toBe(`có mục không dùng được: "${'x'.repeat(60)}…"`);
  expect(vi({ level: long })).toBe(`level: phải là một trong "xa", "tinh" (tệp ghi "${'x'.repeat(60)}…")`);
});
