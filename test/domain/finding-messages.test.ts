import { findingMessage, readProblemText, type FindingText } from '../../src/domain/messages/findings';

const pct = (value: number | null) => ({ value, kind: 'percent' as const });
const cnt = (value: number | string | null) => ({ value, kind: 'count' as const });

/** Each kind of finding in both languages, written out by hand. */
const CASES: [FindingText, string, string][] = [
  [
    { kind: 'unreadable', code: 'I.4.1', problem: { code: 'not-number', raw: '12 hồ sơ', suggestion: 12 } },
    'I.4.1: "12 hồ sơ" không phải là số; có phải là 12?',
    'I.4.1: "12 hồ sơ" is not a number; did you mean 12?',
  ],
  [
    { kind: 'group-value', code: 'VI.2', value: '0' },
    'VI.2 là dòng nhóm, không có số liệu riêng, nhưng ghi 0',
    'VI.2 is a group row with no value of its own, but holds 0',
  ],
  [
    { kind: 'not-in-list', code: '3', value: 'Đạt một phần', list: 'Đạt; Không đạt' },
    '3 ghi "Đạt một phần", không thuộc danh sách: Đạt; Không đạt',
    '3 holds "Đạt một phần", which is not in the list: Đạt; Không đạt',
  ],
  [
    { kind: 'not-in-code-list', code: 'I.5.2', value: 3, list: 'Trực tuyến = 0' },
    'I.5.2 ghi 3, không thuộc danh sách mã: Trực tuyến = 0',
    'I.5.2 holds 3, which is not in the code list: Trực tuyến = 0',
  ],
  [
    { kind: 'code-form', code: 'I.5.2', raw: '01', value: 1 },
    'I.5.2 ghi "01", không đúng dạng mã; hiểu là 1',
    'I.5.2 holds "01", not written as a code; read as 1',
  ],
  [
    { kind: 'percent-range', code: 'VII.3', value: 1.2 },
    'VII.3 ghi 120%, tỷ lệ phải từ 0% đến 100%',
    'VII.3 holds 120%; a ratio must be between 0% and 100%',
  ],
  [
    { kind: 'bare-number', code: 'I.3', raw: 1234.5, value: 12.345 },
    'I.3 ghi số trần 1.234,5, được hiểu là 1.234,5%; nên ghi dạng phần trăm',
    'I.3 holds the bare number 1,234.5, read as 1,234.5%; enter it as a percentage',
  ],
  [
    { kind: 'bare-text', code: 'I.3', raw: '80', value: 0.8 },
    'I.3 ghi "80", được hiểu là 80%; nên ghi dạng phần trăm',
    'I.3 holds "80", read as 80%; enter it as a percentage',
  ],
  [
    { kind: 'not-count', code: 'I.4.1', value: -1, unit: 'Nhiệm vụ' },
    'I.4.1 ghi -1, phải là số nguyên không âm (Nhiệm vụ)',
    'I.4.1 holds -1; it must be a whole number, 0 or more (Nhiệm vụ)',
  ],
  [
    { kind: 'not-count', code: 'x', value: 2.5 },
    'x ghi 2,5, phải là số nguyên không âm (số đếm)',
    'x holds 2.5; it must be a whole number, 0 or more (count)',
  ],
  [
    { kind: 'negative-money', code: 'VI.1.1', value: -0.5 },
    'VI.1.1 ghi -0,5, số tiền không được âm',
    'VI.1.1 holds -0.5; an amount cannot be negative',
  ],
  [
    { kind: 'ratio-undefined', code: 'I.3.2', reported: pct(0), denominator: 'I.3.3' },
    'I.3.2 ghi 0% nhưng mẫu số I.3.3 = 0: tỷ lệ không xác định, nên để trống',
    'I.3.2 holds 0% but the denominator I.3.3 = 0: the ratio is undefined, leave it empty',
  ],
  [
    { kind: 'ratio-empty', code: 'I.2', ratio: { numerator: 6, denominator: 8, unit: 'nhiệm vụ' }, computed: pct(0.75) },
    'I.2 để trống; tính được 6/8 nhiệm vụ = 75%',
    'I.2 is empty; it computes to 6/8 nhiệm vụ = 75%',
  ],
  [
    {
      kind: 'ratio-differs',
      code: 'VI.1',
      reported: pct(0.23),
      ratio: { numerator: 3598, denominator: 17465 },
      computed: pct(3598 / 17465),
      over: false,
    },
    'VI.1 ghi 23% nhưng 3.598/17.465 = 20,6%',
    'VI.1 holds 23% but 3,598/17,465 = 20.6%',
  ],
  [
    {
      kind: 'ratio-differs',
      code: 'VII.5.3',
      reported: pct(1),
      ratio: { numerator: 6, denominator: 5, unit: 'hồ sơ' },
      computed: pct(1.2),
      over: true,
    },
    'VII.5.3 ghi 100% nhưng 6/5 hồ sơ = 120% (vượt 100%)',
    'VII.5.3 holds 100% but 6/5 hồ sơ = 120% (over 100%)',
  ],
  [
    { kind: 'total-empty', code: 'VI.2.1', expr: 'VI.2.2 + VI.2.3', computed: cnt(3) },
    'VI.2.1 để trống; tính được VI.2.2 + VI.2.3 = 3',
    'VI.2.1 is empty; it computes to VI.2.2 + VI.2.3 = 3',
  ],
  [
    { kind: 'total-differs', code: 'VI.2.1', reported: cnt(9), expr: 'VI.2.2 + VI.2.3', computed: cnt(7) },
    'VI.2.1 ghi 9 nhưng VI.2.2 + VI.2.3 = 7',
    'VI.2.1 holds 9 but VI.2.2 + VI.2.3 = 7',
  ],
  [
    { kind: 'rule-case', title: 'Cần đối chiếu', code: 'IV.2.5', value: cnt('có') },
    'Cần đối chiếu (IV.2.5 = "có")',
    'Cần đối chiếu (IV.2.5 = "có")',
  ],
  [
    { kind: 'rule-broken', title: 'T', left: { expr: 'I.2.2', value: cnt(6) }, op: '<=', right: { expr: 'I.2.1', value: cnt(null) } },
    'T: I.2.2 = 6 > I.2.1 = (trống)',
    'T: I.2.2 = 6 > I.2.1 = (empty)',
  ],
  [
    { kind: 'rule-broken', title: 'T', left: { expr: 'I.3.3', value: cnt(1) }, op: '=', right: { number: 0 }, when: 'I.3.1 = 0' },
    'T: I.3.3 = 1 ≠ 0 (khi I.3.1 = 0)',
    'T: I.3.3 = 1 ≠ 0 (when I.3.1 = 0)',
  ],
  [
    { kind: 'rule-broken', title: 'T', left: { number: 1000 }, op: '<', right: { expr: 'a', value: cnt(2) } },
    'T: 1.000 ≥ a = 2',
    'T: 1,000 ≥ a = 2',
  ],
  [
    {
      kind: 'rule-broken',
      title: 'T',
      left: { expr: 'III.3.1.1', value: cnt(1376) },
      op: '<=',
      right: { expr: 'VII.5.3.1', value: cnt(5) },
      unaccounted: { what: 'hồ sơ tồn kỳ trước chuyển sang', atLeast: 1371 },
    },
    'T: III.3.1.1 = 1.376 > VII.5.3.1 = 5; chỉ khớp nếu có ít nhất 1.371 hồ sơ tồn kỳ trước chuyển sang',
    'T: III.3.1.1 = 1,376 > VII.5.3.1 = 5; consistent only with at least 1,371 more (“hồ sơ tồn kỳ trước chuyển sang”, which the form does not ask for)',
  ],
  [
    { kind: 'rule-blank', title: 'T', code: 'I.5.1', when: 'I.5 = 0', value: cnt(30) },
    'T: I.5.1 phải để trống khi I.5 = 0, nhưng ghi 30',
    'T: I.5.1 must be empty when I.5 = 0, but holds 30',
  ],
  [
    { kind: 'rule-filled', title: 'T', code: 'I.5.1', when: 'I.5 = 1' },
    'T: I.5.1 phải có số liệu khi I.5 = 1',
    'T: I.5.1 must have a value when I.5 = 1',
  ],
  [
    { kind: 'missing-by-rule', code: 'II.1', rule: 'R29', assert: 'II.1 = II.1.1 + II.1.2', should: cnt(0) },
    'II.1 để trống; theo quy tắc R29 (II.1 = II.1.1 + II.1.2) phải là 0',
    'II.1 is empty; by rule R29 (II.1 = II.1.1 + II.1.2) it should be 0',
  ],
  [{ kind: 'missing', code: 'I.1', label: 'Số văn bản' }, 'I.1 chưa có số liệu (Số văn bản)', 'I.1 has no value yet (Số văn bản)'],
  [
    { kind: 'cell-damaged', problem: { code: 'damaged', ref: 'E12', damage: 'string-index', raw: '907' } },
    'Ô E12 trỏ tới chuỗi văn bản số 907 mà tệp không có: giá trị của ô không được đọc',
    'Cell E12 points at shared string 907, which the file does not have: its value is not read',
  ],
  [
    { kind: 'cell-damaged', problem: { code: 'damaged', ref: 'E13', damage: 'number', raw: '1e999' } },
    'Ô E13 ghi "1e999", không phải số Excel chứa được: giá trị không được đọc',
    'Cell E13 holds "1e999", not a number Excel can hold: the value is not read',
  ],
  [
    { kind: 'other-version', template: 'PL1', version: '2', known: '1' },
    'Trang ghi mẫu PL1 phiên bản 2, phần mềm có phiên bản 1: số liệu được đọc theo mã chỉ tiêu, dòng nào phiên bản này không có thì không được kiểm tra',
    'The sheet says template PL1 version 2; the add-in has version 1: figures are read by indicator code, and rows this version lacks are not checked',
  ],
];

test.each(CASES)('%j', (text, vi, en) => {
  expect(findingMessage(text)).toBe(vi);
  expect(findingMessage(text, 'vi')).toBe(vi);
  expect(findingMessage(text, 'en')).toBe(en);
});

test('read problems in both languages', () => {
  expect(readProblemText({ code: 'logical', raw: 'true' }, 'en')).toBe('the logical value "true" is not a number');
  expect(readProblemText({ code: 'not-number', raw: 'abc' }, 'en')).toBe('"abc" is not a number');
  expect(readProblemText({ code: 'percent-not-allowed', raw: '80%' }, 'en')).toBe(
    '"80%" is a percentage but this indicator is not a ratio',
  );
  expect(readProblemText({ code: 'not-a-code', raw: 'x', codes: 'Có = 1' }, 'en')).toBe('"x" is not a valid code (Có = 1)');
  expect(readProblemText({ code: 'not-a-code', raw: 'x', codes: 'Có = 1' })).toBe('"x" không phải là mã hợp lệ (Có = 1)');
});

test('every rule operator has its negation', () => {
  const broken = (op: string) => findingMessage({ kind: 'rule-broken', title: 'T', left: { number: 1 }, op, right: { number: 2 } }, 'en');
  expect(['<=', '<', '>=', '>', '=', '<>'].map(broken)).toEqual(['T: 1 > 2', 'T: 1 ≥ 2', 'T: 1 < 2', 'T: 1 ≤ 2', 'T: 1 ≠ 2', 'T: 1 = 2']);
});
