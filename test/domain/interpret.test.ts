import { readProblemText } from '../../src/domain/messages/findings';
import { interpret } from '../../src/domain/values/interpret';

const YES_NO = [
  { value: 1, label: 'Có' },
  { value: 0, label: 'Không' },
];
const MIXED = [
  { value: 1, label: 'Có' },
  { value: 'x', label: 'Khác' },
];
const SHORT = [
  { value: 'HT', label: 'Hoàn thành' },
  { value: 'DTH', label: 'Đang thực hiện' },
];
const STATUS = [
  { value: 'Hoàn thành', label: 'Hoàn thành' },
  { value: 'Đang thực hiện', label: 'Đang thực hiện' },
];

test.each([
  // [raw, context, result]
  [null, { kind: 'count' }, { ok: true, value: null }],
  [12, { kind: 'count' }, { ok: true, value: 12 }],
  ['17.465', { kind: 'money' }, { ok: true, value: 17465 }],
  ['—', { kind: 'count' }, { ok: true, value: null }],
  [true, { kind: 'count' }, { ok: false, problem: { code: 'logical', raw: 'true' }, message: 'giá trị logic "true" không phải là số' }],
  [
    '12 hồ sơ',
    { kind: 'count' },
    {
      ok: false,
      problem: { code: 'not-number', raw: '12 hồ sơ', suggestion: 12 },
      message: '"12 hồ sơ" không phải là số; có phải là 12?',
      suggestion: 12,
    },
  ],
  ['không có', { kind: 'count' }, { ok: false, problem: { code: 'not-number', raw: 'không có' }, message: '"không có" không phải là số' }],
  [
    '80%',
    { kind: 'count' },
    {
      ok: false,
      problem: { code: 'percent-not-allowed', raw: '80%' },
      message: '"80%" là tỷ lệ phần trăm nhưng chỉ tiêu này không phải tỷ lệ',
    },
  ],
  ['80%', { kind: 'percent' }, { ok: true, value: 0.8 }],
  [0.8, { kind: 'percent' }, { ok: true, value: 0.8 }],
  [1, { kind: 'percent' }, { ok: true, value: 1 }],
  [80, { kind: 'percent' }, { ok: true, value: 0.8 }],
  [80, { kind: 'percent', percentFormatted: true }, { ok: true, value: 80 }],
  ['-2', { kind: 'percent' }, { ok: true, value: -0.02 }],
  ['  ghi chú  ', { kind: 'text' }, { ok: true, value: 'ghi chú' }],
  ['   ', { kind: 'text' }, { ok: true, value: null }],
  ['không', { kind: 'code', codes: YES_NO }, { ok: true, value: 0 }],
  [1, { kind: 'code', codes: YES_NO }, { ok: true, value: 1 }],
  ['01', { kind: 'code', codes: YES_NO }, { ok: true, value: 1 }],
  ['', { kind: 'code', codes: YES_NO }, { ok: true, value: null }],
  ['—', { kind: 'code', codes: YES_NO }, { ok: true, value: null }],
  [
    '1%',
    { kind: 'code', codes: YES_NO },
    {
      ok: false,
      problem: { code: 'not-a-code', raw: '1%', codes: 'Có = 1; Không = 0' },
      message: '"1%" không phải là mã hợp lệ (Có = 1; Không = 0)',
    },
  ],
  [
    'Có rồi',
    { kind: 'code', codes: YES_NO },
    {
      ok: false,
      problem: { code: 'not-a-code', raw: 'Có rồi', codes: 'Có = 1; Không = 0' },
      message: '"Có rồi" không phải là mã hợp lệ (Có = 1; Không = 0)',
    },
  ],
  ['3/5 đơn vị: Có; 2/5 đơn vị: Không', { kind: 'code', codes: YES_NO }, { ok: true, value: '3/5 đơn vị: Có; 2/5 đơn vị: Không' }],
  ['hoàn thành', { kind: 'code', codes: STATUS }, { ok: true, value: 'Hoàn thành' }],
  ['Tạm dừng', { kind: 'code', codes: STATUS }, { ok: true, value: 'Tạm dừng' }],
  [undefined, { kind: 'money' }, { ok: true, value: null }],
  [5, { kind: 'group' }, { ok: true, value: '5' }],
  ['0,5%', { kind: 'percent' }, { ok: true, value: 0.005 }],
  // Trimmed before it is looked up, by label or by value.
  [' Có ', { kind: 'code', codes: YES_NO }, { ok: true, value: 1 }],
  [' ht', { kind: 'code', codes: SHORT }, { ok: true, value: 'HT' }],
  [' hoàn THÀNH ', { kind: 'code', codes: SHORT }, { ok: true, value: 'HT' }],
  ['   ', { kind: 'code', codes: SHORT }, { ok: true, value: null }],
  // A list with a value that is no number takes any text, as written (the list check flags what is off it).
  ['x', { kind: 'code', codes: MIXED }, { ok: true, value: 'x' }],
  ['y ', { kind: 'code', codes: MIXED }, { ok: true, value: 'y' }],
  // A number in a cell of a numbered list is kept exactly, however small.
  [1e-7, { kind: 'code', codes: YES_NO }, { ok: true, value: 1e-7 }],
] as const)('%j as %j', (raw, ctx, result) => {
  const r = interpret(raw, ctx);
  // An unreadable value's words come from its problem.
  expect(r.ok ? r : { ...r, message: readProblemText(r.problem) }).toStrictEqual(result);
});
