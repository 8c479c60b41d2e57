import { levelOfUnit } from '../../src/domain/units/level';

/** Level words stand as words of their own: not inside another word, not in "xã hội" or "cơ sở". */
it.each([
  // A letter right before or after makes the word part of another one; a digit or a comma does not.
  ['UBND phườngx', undefined],
  ['aphường', undefined],
  ['Phường1, quận 3', 'xa'],
  ['(Phường) Nha Trang', 'xa'],
  // The first "xã" stands for "xã hội", the second is the commune.
  ['Xã hội hóa, xã Bình Minh', 'xa'],
  // "xã hội" first names no level: the office that comes after it does.
  ['Quỹ bảo trợ xã hội, phòng Nội vụ', 'huyen'],
  ['Trung tâm cơ sở dữ liệu, Sở Nội vụ', 'tinh'],
  ['Trung tâm cơ sở dữ liệu phòng Nội vụ', 'huyen'],
  // "thị " before "xã" makes a town; "thị" alone before another word does not.
  ['Thị xã Mỹ Hào', 'huyen'],
  ['Cơ sở thị trường xã Yên Mỹ', 'xa'],
  ['Đặc khu Côn Đảo', 'xa'],
  ['', undefined],
])('%s', (name, level) => expect(levelOfUnit(name)).toBe(level));

describe('a unit’s level from a name typed without diacritics', () => {
  it('reads the kind words folded only where the name has no diacritics at all', () => {
    expect(levelOfUnit('UBND xa Binh Minh')).toBe('xa');
    expect(levelOfUnit('UBND phuong Tay Nha Trang')).toBe('xa');
    expect(levelOfUnit('UBND thi tran An Thi')).toBe('xa');
    expect(levelOfUnit('UBND thi xa Ninh Hoa')).toBe('huyen');
    expect(levelOfUnit('UBND huyen An Thi')).toBe('huyen');
    expect(levelOfUnit('So Noi vu tinh Khanh Hoa')).toBe('tinh');
    expect(levelOfUnit('So Lao dong - Thuong binh va Xa hoi')).toBe('tinh');
    // With diacritics, "Quán" is no "quận" and "Phong" in a commune's name no office.
    expect(levelOfUnit('Quán Bình')).toBeUndefined();
    expect(levelOfUnit('UBND xã Phong Phú')).toBe('xa');
    expect(levelOfUnit('Binh Minh')).toBeUndefined();
  });
});
