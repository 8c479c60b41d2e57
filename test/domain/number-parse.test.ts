import { formatNumberVi, formatPercentVi, parseNumberText } from '../../src/domain/number/parse';

type Expect = number | 'blank' | { percent: number } | { error: true; suggestion?: number };

// What officials type, and what it means under the documented policy.
const CASES: [string, Expect][] = [
  ['0', 0],
  ['7', 7],
  ['01', 1],
  ['007', 7],
  [' 12 ', 12],
  ['\u00a012\u00a0', 12],
  ['17.465', 17465],
  ['3.598', 3598],
  ['1.000.000', 1000000],
  ['3.598,5', 3598.5],
  ['17.465,25', 17465.25],
  ['99,8', 99.8],
  ['0,5', 0.5],
  ['0.8', 0.8],
  ['12.50', 12.5],
  ['1.5', 1.5],
  ['1234.567', 1234.567],
  ['1234,567', 1234.567],
  ['12.3456', 12.3456],
  ['1.234.56', { error: true }],
  ['0.123', 0.123],
  ['0,123', 0.123],
  ['01.234', 1.234],
  ['-1.234', -1234],
  ['3,598.5', 3598.5],
  ['1,234,567', 1234567],
  ['1 234 567', 1234567],
  ['17\u202f465', 17465],
  ['-5', -5],
  ['+5', 5],
  ['80%', { percent: 80 }],
  ['80 %', { percent: 80 }],
  ['99,8%', { percent: 99.8 }],
  ['100%', { percent: 100 }],
  ['0%', { percent: 0 }],
  ['71,43 %', { percent: 71.43 }],
  ['', 'blank'],
  ['   ', 'blank'],
  ['-', 'blank'],
  ['—', 'blank'],
  ['–', 'blank'],
  ['x', 'blank'],
  ['...', 'blank'],
  ['12 hồ sơ', { error: true, suggestion: 12 }],
  ['khoảng 20', { error: true, suggestion: 20 }],
  ['5 văn bản', { error: true, suggestion: 5 }],
  ['không có', { error: true }],
  ['abc', { error: true }],
  ['1.2.3', { error: true, suggestion: undefined }],
  ['1,2,3', { error: true }],
  ['12..5', { error: true }],
  ['%', { error: true }],
  // A mark with no digits on one side is not a number; neither are two decimal marks.
  ['.5', { error: true, suggestion: 5 }],
  [',5', { error: true, suggestion: 5 }],
  ['5,', { error: true, suggestion: 5 }],
  ['5.', { error: true, suggestion: 5 }],
  ['1.234,5,6', { error: true }],
  ['12,34.5', { error: true }],
  // The number seen in a text: a trailing mark dropped, spaces inside it ignored.
  ['khoảng 1.234.', { error: true, suggestion: 1234 }],
  ['1 234 hồ sơ', { error: true, suggestion: 1234 }],
];

describe('Vietnamese number parsing', () => {
  test.each(CASES)('%j', (input, expected) => {
    const r = parseNumberText(input);
    if (expected === 'blank') expect(r).toEqual({ ok: true, blank: true });
    else if (typeof expected === 'number') expect(r).toEqual({ ok: true, blank: false, value: expected, percent: false });
    else if ('percent' in expected) expect(r).toEqual({ ok: true, blank: false, value: expected.percent, percent: true });
    else {
      expect(r.ok).toBe(false);
      if ('suggestion' in expected && expected.suggestion !== undefined) expect(r).toMatchObject({ suggestion: expected.suggestion });
      else expect(r).not.toHaveProperty('suggestion');
    }
  });

  test('formats numbers the Vietnamese way', () => {
    expect(formatNumberVi(17465)).toBe('17.465');
    expect(formatNumberVi(3598.5)).toBe('3.598,5');
    expect(formatNumberVi(1234567)).toBe('1.234.567');
    expect(formatNumberVi(-1234.5)).toBe('-1.234,5');
    expect(formatNumberVi(999)).toBe('999');
    expect(formatPercentVi(5 / 7)).toBe('71,4%');
    expect(formatPercentVi(2 / 99)).toBe('2%');
  });
});
