import { matchLabel, similarity } from '../../src/domain/recognise/label-match';
import { textKey } from '../../src/domain/recognise/text-key';
import { templateRows } from '../../src/domain/catalogue/rows';
import { template } from '../support/workbooks';

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
  const rows = templateRows(template('dinh-ky')).map((r) => ({ code: r.code, label: r.label }));

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
