import { nameLikeness, nearestName, unitKey } from '../../src/domain/units/identity';
import { levelOfUnit } from '../../src/domain/units/level';

describe('one identity for a unit however its name is typed', () => {
  it('ignores case, diacritics, spacing, punctuation, Unicode form and the council’s prefix', () => {
    const same = [
      'UBND xã Bình Minh',
      'UBND xa Binh Minh',
      'ubnd  XÃ   bình minh ',
      'Ủy ban nhân dân xã Bình Minh',
      'Uỷ ban nhân dân xã Bình Minh',
      'Xã Bình Minh',
      'xã Bình Minh.',
      'UBND xã Bình Minh'.normalize('NFD'),
    ];
    for (const name of same) expect(unitKey(name)).toBe('xa binh minh');
    expect(unitKey('Phường Nha Trang')).toBe(unitKey('UBND phường Nha Trang'));
    expect(unitKey('Sở Nội vụ tỉnh Khánh Hòa')).toBe('so noi vu tinh khanh hoa');
  });

  it('keeps the kind: a commune is never the ward of the same name', () => {
    expect(unitKey('xã Tân Hưng')).not.toBe(unitKey('phường Tân Hưng'));
    expect(unitKey('UBND thị trấn Ân Thi')).not.toBe(unitKey('UBND huyện Ân Thi'));
    // "UB" alone is the council; "UBND" inside a name is left.
    expect(unitKey('UB xã Ba')).toBe('xa ba');
    expect(unitKey('Văn phòng UBND tỉnh')).toBe('van phong ubnd tinh');
  });

  it('proposes the nearest name of the same kind, never one of another kind, none on a tie or when far', () => {
    const listed = ['UBND xã Bình Minh', 'UBND phường Bình Minh', 'UBND xã An Bình', 'UBND xã Bình Mình'];
    // "Bình Mnh" is one letter from "Bình Minh" (11 of 12 letters of its key alike).
    expect(nameLikeness('UBND xã Bình Mnh', 'UBND xã Bình Minh')).toBeCloseTo(1 - 1 / 12, 10);
    expect(nearestName('UBND xã Bình Mnh', listed.slice(0, 3))).toBe('UBND xã Bình Minh');
    expect(nearestName('UBND phường Bình Mnh', listed.slice(0, 3))).toBe('UBND phường Bình Minh');
    // Minh and Mình fold to the same key: equally near, so neither is proposed.
    expect(nearestName('UBND xã Bình Mnh', listed)).toBeUndefined();
    expect(nearestName('UBND xã Cẩm Phúc', listed)).toBeUndefined();
    expect(nearestName('UBND thị trấn Bình Mnh', listed)).toBeUndefined();
  });
});

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
