import { successionFromText } from '../../src/domain/merge/succession';

describe('a unit-succession list', () => {
  test('one line per earlier unit or several in one field; the same unit however written; the first date given', () => {
    const text = [
      'Đơn vị mới,Đơn vị cũ,Ngày',
      'UBND xã X,UBND xã A,01/7/2025',
      'UBND xã X,"UBND xã B; UBND xã C;"',
      'ubnd  xã x,UBND XÃ A,05/7/2025',
      ',UBND xã Q',
      'UBND xã Y,',
      'UBND xã Z,UBND xã D',
      'UBND xã Z,UBND xã E,03/7/2025',
    ].join('\n');
    expect(successionFromText(text)).toEqual([
      { unit: 'UBND xã X', from: ['UBND xã A', 'UBND xã B', 'UBND xã C'], date: '01/7/2025' },
      { unit: 'UBND xã Z', from: ['UBND xã D', 'UBND xã E'], date: '03/7/2025' },
    ]);
  });

  test('a header in English is a header too; a first line of units is not', () => {
    expect(successionFromText('New unit,Old unit\nUBND xã X,UBND xã A')).toEqual([{ unit: 'UBND xã X', from: ['UBND xã A'] }]);
    expect(successionFromText('UBND phường Mới,UBND xã Cũ\nUBND xã X,UBND xã A')).toEqual([
      { unit: 'UBND phường Mới', from: ['UBND xã Cũ'] },
      { unit: 'UBND xã X', from: ['UBND xã A'] },
    ]);
  });

  test('written with ";" between its columns: one earlier unit a line', () => {
    expect(successionFromText('UBND xã X;UBND xã A\nUBND xã X;UBND xã B')).toEqual([
      { unit: 'UBND xã X', from: ['UBND xã A', 'UBND xã B'] },
    ]);
  });
});
