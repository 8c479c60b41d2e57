import { validateSheet } from '../../src/domain/validate/validate';
import { typedSheet } from '../support/typed-sheet';
import { template } from '../support/templates';

/** Inputs left empty are warned about (THIEU) only where the row applies to the unit's level. */
async function missing(unit: string, cells = {}): Promise<string[]> {
  const sheet = await typedSheet('dinh-ky', cells, unit);
  return validateSheet(sheet, template('dinh-ky'))
    .filter((f) => f.rule === 'THIEU')
    .map((f) => f.code);
}

test('an empty input is a warning naming the row', async () => {
  const sheet = await typedSheet('dinh-ky', {}, 'UBND xã Bắc Sơn');
  const i1 = validateSheet(sheet, template('dinh-ky')).find((f) => f.code === 'I.1')!;
  expect(i1).toMatchObject({
    rule: 'THIEU',
    severity: 'warning',
    message: 'I.1 chưa có số liệu (Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt))',
  });
});

test.each([
  // [unit, level], with V.1.1 (province and district), VII.4.1.1 (province) and V.1.2 (every level)
  ['UBND xã Bắc Sơn', 'xa'],
  ['UBND phường Hiến Nam', 'xa'],
  ['UBND thị trấn Ân Thi', 'xa'],
  ['UBND huyện Ân Thi', 'huyen'],
  ['UBND quận Ba Đình', 'huyen'],
  ['UBND thị xã Mỹ Hào', 'huyen'],
  ['Phòng Nội vụ', 'huyen'],
  ['UBND tỉnh Hưng Yên', 'tinh'],
  ['Sở Nội vụ', 'tinh'],
  ['UBND thành phố Hà Nội', 'tinh'],
  ['Ban Quản lý', 'unknown'],
])('%s is at the %s level', async (unit, level) => {
  const codes = await missing(unit);
  expect(codes).toContain('V.1.2');
  expect(codes.includes('V.1.1')).toBe(level !== 'xa');
  expect(codes.includes('VII.4.1.1')).toBe(level === 'tinh' || level === 'unknown');
});

test('derived, group and filled rows are not missing; nor a cell that cannot be read', async () => {
  const codes = await missing('UBND xã Bắc Sơn', { 'I.1': 2, 'I.4.1': '12 nhiệm vụ' });
  for (const code of ['I.2', 'I.3', 'I.1', 'I.4.1', 'VI.2']) expect([code, codes.includes(code)]).toEqual([code, false]);
  expect(codes).toContain('I.4.2');
});

describe('an empty total held between bounds (R29: max(II.1.1, II.1.2) ≤ II.1 ≤ II.1.1 + II.1.2)', () => {
  const ii1 = async (cells: Record<string, number>) =>
    validateSheet(await typedSheet('dinh-ky', cells, 'UBND xã Bắc Sơn'), template('dinh-ky')).filter((f) => f.code === 'II.1');

  test('bounds that meet give the value it should hold', async () => {
    expect(await ii1({ 'II.1.1': 3, 'II.1.2': 0 })).toMatchObject([
      {
        rule: 'R29',
        severity: 'warning',
        expected: 3,
        message: 'II.1 để trống; theo quy tắc R29 (max(II.1.1; II.1.2) ≤ II.1 ≤ II.1.1 + II.1.2) phải là 3',
      },
    ]);
  });

  test('bounds that do not meet leave the value open: only its absence is said', async () => {
    expect((await ii1({ 'II.1.1': 2, 'II.1.2': 1 })).map((f) => `${f.rule}:${f.severity}`)).toEqual(['THIEU:warning']);
  });
});
