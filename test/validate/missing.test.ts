import { validateSheet } from '../../src/domain/validate/validate';
import { typedSheet } from '../support/typed-sheet';
import { template } from '../support/templates';
import type { CellValue } from '../../src/domain/sheet/plan';
import { listedFindings } from '../../src/domain/validate/listed';
import { findingGroupText } from '../../src/domain/messages/findings';

test('a sheet with nothing typed is one warning, at its first input, counting its inputs', async () => {
  const t = template('dinh-ky');
  const found = validateSheet(await typedSheet('dinh-ky', {}, 'UBND xã Bắc Sơn'), t);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ code: 'I.1', rule: 'THIEU', severity: 'warning', text: { kind: 'empty-sheet' } });
  // Every input row of Mẫu A but the derived ones: as many as the rows the check reads, less I.1's own finding when begun.
  const begun = validateSheet(await typedSheet('dinh-ky', { 'I.1': 1 }, 'UBND tỉnh Hưng Yên'), t).filter((f) => f.rule === 'THIEU');
  const inputs = (found[0].text as { inputs: number }).inputs;
  expect(begun.length).toBeLessThan(inputs);
  expect(found[0].message).toBe(`Trang chưa nhập số liệu: cả ${inputs} ô nhập đều trống`);
  // A cell that could not be read is something typed: the sheet is not empty.
  expect(validateSheet(await typedSheet('dinh-ky', { 'I.1': 'hai' }, 'UBND xã Bắc Sơn'), t).length).toBeGreaterThan(1);
});

test('a consolidation is not told of the rates a merge leaves empty on purpose, only of the counts no unit sent', async () => {
  const t = template('dinh-ky');
  const sheet = await typedSheet('dinh-ky', { 'I.1': 4 }, 'Sở Nội vụ tỉnh Hưng Yên');
  const codes = (consolidated: boolean) =>
    validateSheet(sheet, t, { consolidated })
      .filter((f) => f.rule === 'THIEU')
      .map((f) => f.code);
  // IV.2.5 and VII.3 are rates typed as they are (no parts): a merge never sums them.
  expect(codes(false)).toEqual(expect.arrayContaining(['IV.2.5', 'VII.3', 'I.5.1']));
  expect(codes(true)).not.toContain('IV.2.5');
  expect(codes(true)).not.toContain('VII.3');
  expect(codes(true)).toContain('I.5.1');
});

test('a warning on many cells is listed once where its first stands; errors and rarer warnings one by one', () => {
  const f = (cell: string, rule: string, severity: 'error' | 'warning', code = cell) => ({
    sheet: 'S',
    cell,
    code,
    rule,
    severity,
    text: { kind: 'missing' as const, code, label: code },
    message: '',
  });
  const findings = [
    f('E1', 'R01', 'error'),
    ...['E2', 'E3', 'E4', 'E5', 'E6'].map((c) => f(c, 'THIEU', 'warning')),
    f('E7', 'R02', 'warning'),
    ...['E8', 'E9', 'E10', 'E11'].map((c) => f(c, 'R03', 'warning')),
    ...['E12', 'E13', 'E14', 'E15', 'E16'].map((c) => f(c, 'R04', 'error')),
  ];
  const listed = listedFindings(findings).map((l) => ('finding' in l ? l.finding.cell : `${l.group.length}×${l.group[0].cell}`));
  expect(listed).toEqual(['E1', '5×E2', 'E7', 'E8', 'E9', 'E10', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16']);
  const group = findings.slice(1, 6);
  expect(findingGroupText(group)).toBe('5 chỉ tiêu chưa có số liệu: E2, E3, E4, E5, E6');
  expect(findingGroupText(group, 'en')).toBe('5 indicators have no value yet: E2, E3, E4, E5, E6');
});

/** Inputs left empty are warned about (THIEU) only where the row applies to the unit's level (I.4.1 typed: the sheet is begun). */
async function missing(unit: string, cells: Record<string, CellValue> = { 'I.4.1': 3 }): Promise<string[]> {
  const sheet = await typedSheet('dinh-ky', cells, unit);
  return validateSheet(sheet, template('dinh-ky'))
    .filter((f) => f.rule === 'THIEU')
    .map((f) => f.code);
}

test('an empty input is a warning naming the row', async () => {
  const sheet = await typedSheet('dinh-ky', { 'I.4.1': 3 }, 'UBND xã Bắc Sơn');
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
