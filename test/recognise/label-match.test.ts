import { alike, matchLabel, similarity } from '../../src/domain/recognise/label-match';
import { textKey } from '../../src/domain/recognise/text-key';
import { templateRows } from '../../src/domain/catalogue/rows';
import { template } from '../support/templates';

describe('a label as compared', () => {
  test.each([
    ['Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (%)', 'ty le ho so tthc giai quyet dung han'],
    ['  Số   ĐƠN VỊ — đã kiểm tra; ', 'so don vi da kiem tra'],
    ['Ty le ho so TTHC giai quyet dung han', 'ty le ho so tthc giai quyet dung han'],
    ['Kết luận, chỉ thị, công văn', 'ket luan chi thi cong van'],
    ['', ''],
  ])('%j → %j', (label, key) => expect(textKey(label)).toBe(key));

  test('similarity: 1 − edits over the longer length, worked out by hand', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abcd', 'abxd')).toBe(0.75); // one substitution in four
    expect(similarity('so van ban', 'so vn ban')).toBe(0.9); // one deletion in ten
    expect(similarity('', '')).toBe(1);
    expect(similarity('a', '')).toBe(0);
  });
});

describe('matching a label to a row of Mẫu A', () => {
  let rows: { code: string; label: string }[];
  beforeEach(() => {
    rows = templateRows(template('dinh-ky')).map((r) => ({ code: r.code, label: r.label }));
  });

  test('the same label without diacritics, in other case and spacing, with a typo: the row', () => {
    expect(matchLabel('SỐ NHIỆM VỤ ĐỀ RA TRONG KẾ HOẠCH', rows).match).toEqual({ code: 'I.2.1', similarity: 1 });
    expect(matchLabel('So nhiem vu da hoan thanh', rows).match?.code).toBe('I.2.2');
    expect(matchLabel('Số nhiệm vụ đa hoàn thàn', rows).match?.code).toBe('I.2.2'); // a letter dropped
  });

  test('a label that is no row of the form, or too far from any: no match, the closest rows reported', () => {
    const none = matchLabel('Tổng chi ngân sách năm', rows);
    expect(none.match).toBeUndefined();
    expect(none.closest).toHaveLength(3);
    expect(none.closest[0].similarity).toBeLessThan(0.85);
    expect(matchLabel('Số nhiệm vụ', rows).match).toBeUndefined();
  });

  test('two rows alike within the margin: ambiguous, not guessed', () => {
    const twins = [
      { code: 'A', label: 'Số hồ sơ tiếp nhận trực tuyến' },
      { code: 'B', label: 'Số hồ sơ tiếp nhận trực tiếp' },
    ];
    // One edit from A, two from B: too close to tell, neither is taken.
    expect(matchLabel('Số hồ sơ tiếp nhận trực tuyếp', twins).match).toBeUndefined();
    expect(matchLabel('Số hồ sơ tiếp nhận trực tuyến', twins).match?.code).toBe('A'); // its own key
    // Two rows of the same label (they recur across sections): the label alone cannot tell them apart.
    const same = [...twins, { code: 'C', label: 'Số hồ sơ tiếp nhận trực tuyến' }];
    expect(matchLabel('so ho so tiep nhan truc tuyen', same).match).toBeUndefined();
  });
});

describe('alike, at its thresholds (worked out by hand)', () => {
  test.each([
    ['', '', 0.9, true],
    ['abcd', 'abce', 0.75, true], // one edit in four: 0.75
    ['abcd', 'abce', 0.76, false],
    ['abcd', 'abc', 0.75, true], // one letter shorter: 0.75 by length, 0.75 by edits
    ['abcd', 'ab', 0.6, false], // two shorter in four: at most 0.5
    ['abcdefgh', 'hgfedcba', 0.5, false], // same length, eight edits
  ])('%j and %j at %d: %s', (a, b, min, yes) => {
    expect(alike(a, b, min)).toBe(yes);
    expect(alike(b, a, min)).toBe(yes);
  });
});

describe('matchLabel at its thresholds (20-letter keys, worked out by hand)', () => {
  const row = (code: string, label: string) => ({ code, label });
  const key = 'abcdefghijklmnopqrst';

  test('three edits in twenty (0.85) is taken; four (0.80) is not', () => {
    expect(matchLabel('abcdefghijklmnopqxyz', [row('A', key)]).match).toEqual({ code: 'A', similarity: 0.85 });
    expect(matchLabel('abcdefghijklmnopwxyz', [row('A', key)]).match).toBeUndefined();
  });

  test('the best a clear margin ahead (0.95 against 0.85) is taken; two as alike are not', () => {
    const typed = 'abcdefghijklmnopqrsz'; // one edit from A, three from B
    expect(matchLabel(typed, [row('A', key), row('B', 'abcdefghijklmnopqxyt')]).match).toEqual({ code: 'A', similarity: 0.95 });
    expect(matchLabel(typed, [row('A', key), row('B', 'abcdefghijklmnopqrsy')]).match).toBeUndefined();
  });

  test('the only row of its key wins however alike the others; an empty list gives nothing', () => {
    const m = matchLabel(key, [row('B', 'abcdefghijklmnopqrsy'), row('A', key)]);
    expect(m.match).toEqual({ code: 'A', similarity: 1 });
    expect(m.closest).toEqual([{ code: 'A', similarity: 1 }]);
    expect(matchLabel(key, [])).toEqual({ closest: [] });
  });

  test('rows far by length alone are ranked by that bound, without an edit distance', () => {
    const m = matchLabel(key, [row('S', 'abcdefgh')]); // 8 of 20 letters: at most 0.4
    expect(m.closest).toEqual([{ code: 'S', similarity: 0.4 }]);
  });
});
