import { unitsFromColumn, unitsFromText } from '../../src/domain/merge/expected-units';
import { cellKey, parseCols, parseMarker } from '../../src/domain/sheet/identity';

describe('sheet identity', () => {
  test('the marker names a template and a version of any number of digits; nothing may follow', () => {
    expect(parseMarker('cchc:dinh-ky@10.12.130')).toEqual({ templateId: 'dinh-ky', version: '10.12.130' });
    expect(parseMarker('cchc:dinh-ky@1.0.0  ')).toEqual({ templateId: 'dinh-ky', version: '1.0.0' });
    expect(parseMarker('cchc:dinh-ky@1.0.0 bản sao')).toBeUndefined();
    expect(parseMarker('cchc:dinh-ky@1.0')).toBeUndefined();
    expect(parseMarker(' cchc:dinh-ky@1.0.0')).toBeUndefined();
    expect(parseMarker('cchc:Dinh-Ky@1.0.0')).toBeUndefined();
    expect(parseMarker('cchc:!dinh-ky@1.0.0')).toBeUndefined();
    expect(parseMarker(12)).toBeUndefined();
  });

  test('the column map keeps key@COLUMN pairs with capital column letters only', () => {
    expect(parseCols('#cols value@E;sai;x@e;y@E1;z@@F;status@AB')).toEqual([
      { key: 'value', col: 'E' },
      { key: 'status', col: 'AB' },
    ]);
    expect(parseCols('value@E')).toBeUndefined();
    expect(parseCols(null)).toBeUndefined();
  });

  test('a cell key is code@column, the same for the same pair', () => {
    expect(cellKey('I.2', 'value')).toBe('I.2@value');
    expect(cellKey('I.2', 'y2016')).toBe('I.2@y2016');
    expect(cellKey('I.2', 'value')).toBe('I.2@value');
  });
});

describe('expected units', () => {
  test('a byte-order mark before the first name is dropped', () => {
    expect(unitsFromText('\uFEFFUBND xã Một\nUBND xã Hai')).toEqual(['UBND xã Một', 'UBND xã Hai']);
  });

  test('blank cells do not count for or against a column', () => {
    // Half the filled cells are texts (a heading and a name): the column is taken, blanks aside.
    expect(unitsFromColumn([['Đơn vị phải nộp'], [1], [2], ['UBND xã A'], [null], ['  '], []])).toEqual(['UBND xã A']);
    // A column of numbers and blank texts is passed over for the column of names beside it.
    expect(
      unitsFromColumn([
        [1, 'UBND xã A'],
        [2, 'UBND xã B'],
        ['  ', 'UBND xã C'],
        [' ', 'UBND xã D'],
      ]),
    ).toEqual(['UBND xã A', 'UBND xã B', 'UBND xã C', 'UBND xã D']);
  });
});
