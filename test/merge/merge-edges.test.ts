import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import { unitKey } from '../../src/domain/units/identity';
import { unitReport } from '../../src/domain/merge/unit-report';
import { EXCEL_NUMBER_MAX } from '../../src/domain/sheet/plan';
import { typedSheet } from '../support/typed-sheet';
import { BUILT_IN } from '../support/templates';

/** The merge at its edges: names that differ only in form, periods that are none, totals Excel cannot hold. Figures by hand. */
async function unitFile(file: string, unit: string, cells: Record<string, number | string>, period = '2024-Q3'): Promise<UnitFile> {
  const sheet = await typedSheet('dinh-ky', cells, unit);
  sheet.identity.period = period;
  return { file, size: 1, modified: 1, checksum: file, report: unitReport(file, sheet) };
}
const merge = (files: UnitFile[], expected?: string[]) =>
  mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND tỉnh Thử', ...(expected ? { expected } : {}) });

test('unit names compare without case, extra spaces or Unicode form', () => {
  expect(unitKey('  UBND  Xã   Bắc Sơn ')).toBe('xa bac son');
  expect(unitKey('UBND xã Bắc Sơn'.normalize('NFD'))).toBe(unitKey('UBND xã Bắc Sơn'));
});

test('one unit sent under two spellings: taken once, the other logged as a duplicate', async () => {
  const r = merge([await unitFile('a.xlsx', 'UBND xã Một', { 'I.1': 2 }), await unitFile('b.xlsx', ' ubnd  XÃ một', { 'I.1': 5 })]);
  expect(r.units).toHaveLength(1);
  expect(r.completeness.duplicates).toHaveLength(1);
  expect(r.log.map((l) => [l.file, l.status])).toEqual([
    ['a.xlsx', 'merged'],
    ['b.xlsx', 'skipped'],
  ]);
});

test('file names equal but for their Unicode form are put in one order whatever order they came in', async () => {
  const nfc = 'Bắc Sơn.xlsx';
  const nfd = nfc.normalize('NFD');
  const files = [await unitFile(nfd, 'UBND xã Hai', { 'I.1': 1 }), await unitFile(nfc, 'UBND xã Một', { 'I.1': 1 })];
  const one = merge(files).log.map((l) => l.file);
  const other = merge([...files].reverse()).log.map((l) => l.file);
  expect(one).toEqual(other);
  // Code units decide between the two: the composed "ắ" (U+1EAF) sorts after the decomposed "a" (U+0061).
  expect(one).toEqual([nfd, nfc]);
});

test('a period that is no period is skipped and said so, never merged nor voted for', async () => {
  const r = merge([
    await unitFile('a.xlsx', 'UBND xã Một', { 'I.1': 2 }),
    await unitFile('b.xlsx', 'UBND xã Hai', { 'I.1': 5 }, '2024-Q5'),
    await unitFile('c.xlsx', 'UBND xã Ba', { 'I.1': 1 }, '2024-Q5'),
  ]);
  expect(r.period).toBe('2024-Q3');
  expect(r.values.get('I.1@value')).toBe(2);
  expect(r.log.filter((l) => l.status === 'skipped').map((l) => [l.file, l.why])).toEqual([
    ['b.xlsx', { code: 'period-invalid', period: '2024-Q5' }],
    ['c.xlsx', { code: 'period-invalid', period: '2024-Q5' }],
  ]);
});

test('figures Excel holds whose sum it cannot: no total, a note naming the row; a sum at the largest number is written', async () => {
  const half = EXCEL_NUMBER_MAX / 2;
  const over = merge([
    await unitFile('a.xlsx', 'UBND xã Một', { 'VI.1.1': EXCEL_NUMBER_MAX }),
    await unitFile('b.xlsx', 'UBND xã Hai', { 'VI.1.1': EXCEL_NUMBER_MAX }),
  ]);
  expect(over.values.has('VI.1.1@value')).toBe(false);
  expect(over.notes).toContain(
    'VI.1.1: tổng của các đơn vị vượt quá số lớn nhất Excel chứa được, không ghi tổng; xem số liệu từng đơn vị ở trang chi tiết',
  );
  const at = merge([
    await unitFile('a.xlsx', 'UBND xã Một', { 'VI.1.1': half }),
    await unitFile('b.xlsx', 'UBND xã Hai', { 'VI.1.1': half }),
  ]);
  expect(at.values.get('VI.1.1@value')).toBe(EXCEL_NUMBER_MAX);
});

test('the expected list is read trimmed, blank lines left out', async () => {
  const r = merge([await unitFile('a.xlsx', 'UBND xã Một', { 'I.1': 2 })], ['  UBND xã Một ', '', '   ', 'UBND xã Hai']);
  expect(r.completeness).toMatchObject({ expected: ['UBND xã Một', 'UBND xã Hai'], missing: ['UBND xã Hai'], unexpected: [] });
});

test('a template the catalogue does not have is refused by name', async () => {
  const f = await unitFile('a.xlsx', 'UBND xã Một', { 'I.1': 2 });
  f.report!.identity.templateId = 'mau-la';
  expect(() => merge([f])).toThrow(
    expect.objectContaining({ problem: expect.objectContaining({ code: 'template-unknown', template: 'mau-la' }) }),
  );
});

test('a value that cannot be read is left out of the total, and the note says what the cell holds (cut at 100 characters)', async () => {
  const long = `${'x'.repeat(120)}`;
  const sheet = await typedSheet('dinh-ky', { 'I.4.1': '12 nhiệm vụ', 'I.4.2': long, 'I.4.3': 2 }, 'UBND xã Một');
  const at = sheet.cells.get('I.4.4@value')!;
  sheet.damaged.push({ ref: `E${at.row}`, row: at.row, col: at.col, problem: 'number', raw: '1e999' });
  const report = unitReport('mot.xlsx', sheet);
  expect(report.notes).toEqual([
    'mot.xlsx: ô I.4.1 ghi "12 nhiệm vụ" không đọc được, không cộng vào tổng',
    `mot.xlsx: ô I.4.2 ghi "${'x'.repeat(100)}" không đọc được, không cộng vào tổng`,
    'mot.xlsx: ô I.4.4 ghi "1e999" không đọc được, không cộng vào tổng',
  ]);
  expect([...report.values.keys()].filter((k) => k.startsWith('I.4.'))).toEqual(['I.4.3@value']);
});

test('a sheet of another version is merged by code, and the note names both versions', async () => {
  const sheet = await typedSheet('dinh-ky', { 'I.1': 2 }, 'UBND xã Một');
  sheet.identity.version = '0.9.0';
  expect(unitReport('mot.xlsx', sheet).notes).toContain(
    'mot.xlsx: mẫu dinh-ky phiên bản 0.9.0, phần mềm có phiên bản 1.1.0: đọc theo mã chỉ tiêu',
  );
});
