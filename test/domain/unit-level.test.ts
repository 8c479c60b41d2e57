import { levelOfUnit } from '../../src/domain/units/level';

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
