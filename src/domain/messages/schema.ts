import type { JsonType, SchemaIssue } from '../problems/schema-issues';
import { excerpt, LISTED, type Lang } from './lang';

/** What a data file holds that its schema refuses, in a language: each issue at its place, the first `LISTED` of them. */
export function schemaIssuesText(issues: readonly SchemaIssue[], lang: Lang = 'vi'): string {
  const shown = issues.slice(0, LISTED).map((i) => schemaIssueText(i, lang));
  const rest = issues.length - LISTED;
  if (rest > 0) shown.push(lang === 'vi' ? `và ${rest} chỗ sai khác` : `and ${rest} more problems`);
  return shown.join('; ');
}

const EXPECTED: Record<Lang, Record<string, string>> = {
  vi: {
    string: 'văn bản',
    number: 'một số',
    int: 'một số nguyên',
    boolean: 'true hoặc false',
    object: 'một nhóm { … }',
    record: 'một nhóm { … }',
    array: 'một danh sách [ … ]',
  },
  en: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object { … }',
    record: 'an object { … }',
    array: 'a list [ … ]',
  },
};

const RECEIVED: Record<Lang, Record<JsonType, string>> = {
  vi: {
    missing: 'không có',
    null: 'null',
    text: 'văn bản',
    number: 'số',
    boolean: 'giá trị logic',
    list: 'một danh sách',
    object: 'một nhóm',
  },
  en: {
    missing: 'nothing',
    null: 'null',
    text: 'text',
    number: 'a number',
    boolean: 'a logical value',
    list: 'a list',
    object: 'an object',
  },
};

/** The place of a value in its file: "halfBefore.day", "targets[2].threshold". */
function placeText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${excerpt(p)}`)).join('');
}

function schemaIssueText(i: SchemaIssue, lang: Lang): string {
  const vi = lang === 'vi';
  const place = placeText(i.path);
  const where = place ? `${place}: ` : '';
  const value = i.value === undefined ? '' : typeof i.value === 'string' ? `"${excerpt(i.value)}"` : String(i.value);
  const found = value ? (vi ? ` (tệp ghi ${value})` : ` (the file has ${value})`) : '';
  switch (i.kind) {
    case 'type': {
      const expected = EXPECTED[lang][i.expected] ?? i.expected;
      if (i.received === 'missing') return vi ? `${where}thiếu, cần ${expected}` : `${where}missing: ${expected} is needed`;
      const received = `${RECEIVED[lang][i.received]}${value ? ` ${value}` : ''}`;
      return vi ? `${where}cần ${expected}, tệp ghi ${received}` : `${where}${expected} is needed, the file has ${received}`;
    }
    case 'unknown-keys': {
      const keys = i.keys
        .slice(0, LISTED)
        .map((k) => `"${excerpt(k)}"`)
        .join(', ');
      const more = i.keys.length > LISTED ? (vi ? ` và ${i.keys.length - LISTED} mục khác` : ` and ${i.keys.length - LISTED} more`) : '';
      return vi ? `${where}có mục không dùng được: ${keys}${more}` : `${where}has fields that are not used: ${keys}${more}`;
    }
    case 'too-small':
      return `${where}${smallText(i.of, i.bound, i.inclusive, lang)}${found}`;
    case 'too-big':
      return `${where}${bigText(i.of, i.bound, i.inclusive, lang)}${found}`;
    case 'format':
      return vi ? `${where}không đúng dạng${found}` : `${where}is not in the required form${found}`;
    case 'one-of': {
      const values = i.values.map((v) => `"${excerpt(v)}"`).join(', ');
      return vi ? `${where}phải là một trong ${values}${found}` : `${where}must be one of ${values}${found}`;
    }
    case 'rule':
      return `${where}${ruleText(i.rule, lang)}`;
    case 'other':
      return vi ? `${where}không hợp lệ${found}` : `${where}is not valid${found}`;
  }
}

function smallText(of: 'number' | 'text' | 'list', bound: number, inclusive: boolean, lang: Lang): string {
  const vi = lang === 'vi';
  if (of === 'number') {
    if (inclusive) return vi ? `phải từ ${bound} trở lên` : `must be at least ${bound}`;
    return vi ? `phải lớn hơn ${bound}` : `must be more than ${bound}`;
  }
  if (of === 'text')
    return bound <= 1
      ? vi
        ? 'không được để trống'
        : 'must not be empty'
      : vi
        ? `cần ít nhất ${bound} ký tự`
        : `needs at least ${bound} characters`;
  return bound <= 1
    ? vi
      ? 'cần ít nhất một mục'
      : 'needs at least one item'
    : vi
      ? `cần ít nhất ${bound} mục`
      : `needs at least ${bound} items`;
}

function bigText(of: 'number' | 'text' | 'list', bound: number, inclusive: boolean, lang: Lang): string {
  const vi = lang === 'vi';
  if (of === 'number') {
    if (inclusive) return vi ? `không được quá ${bound}` : `must be at most ${bound}`;
    return vi ? `phải nhỏ hơn ${bound}` : `must be less than ${bound}`;
  }
  if (of === 'text') return vi ? `tối đa ${bound} ký tự` : `at most ${bound} characters`;
  return vi ? `tối đa ${bound} mục` : `at most ${bound} items`;
}

/** The schemas' own checks, by the rule each names. */
function ruleText(rule: string, lang: Lang): string {
  const vi = lang === 'vi';
  switch (rule) {
    case 'no-such-day':
      return vi ? 'không có ngày này trong tháng' : 'there is no such day in that month';
    default:
      return vi ? 'không hợp lệ' : 'is not valid';
  }
}
