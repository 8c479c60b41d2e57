import { dayOf } from '../../src/domain/merge/deadlines';
import { byName, filesWithErrors, mergeReports, type FileError, type MergeOptions, type UnitFile } from '../../src/domain/merge/merge';
import { unitReport } from '../../src/domain/merge/unit-report';
import { EXCEL_NUMBER_MAX } from '../../src/domain/sheet/plan';
import { typedSheet } from '../support/typed-sheet';
import { BUILT_IN } from '../support/templates';

/** The merge's orders, its choice of template, what it sums and what not, and when units sent their reports. Figures by hand. */
async function unitFile(
  file: string,
  unit: string,
  cells: Record<string, number | string>,
  { period = '2024-Q3', template = 'dinh-ky', modified = 1 } = {},
): Promise<UnitFile> {
  const sheet = await typedSheet(template, cells, unit);
  sheet.identity.period = period;
  return { file, size: 1, modified, checksum: file, report: unitReport(file, sheet) };
}
const merge = (files: UnitFile[], opts: Partial<MergeOptions> = {}) =>
  mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND tỉnh Thử', ...opts });
const unreadable = (file: string, why?: UnitFile['unreadable']): UnitFile => ({
  file,
  size: 0,
  modified: 1,
  checksum: file,
  ...(why ? { unreadable: why } : {}),
});

test('names in the order people expect, and a total order where the collator sees no difference', () => {
  const nfc = 'Bắc Sơn.xlsx';
  const nfd = nfc.normalize('NFD');
  expect(byName('xã 2', 'xã 10')).toBeLessThan(0);
  expect(byName('xã 10', 'xã 2')).toBeGreaterThan(0);
  // Equal to the collator; code units decide: the decomposed "a" (U+0061) before the composed "ắ" (U+1EAF).
  expect(byName(nfd, nfc)).toBeLessThan(0);
  expect(byName(nfc, nfd)).toBeGreaterThan(0);
  expect(byName(nfc, nfc)).toBe(0);
});

test('files are logged in name order whatever order they came in, each unreadable one with its reason', async () => {
  const files = [
    unreadable('c.xlsx', { problem: { code: 'merge-nothing-readable' } }),
    unreadable('b.xlsx', { internal: 'hỏng' }),
    unreadable('a.xlsx'),
    await unitFile('d.xlsx', 'UBND xã Một', { 'I.1': 1 }),
  ];
  for (const order of [files, [...files].reverse()])
    expect(merge(order).log.map((l) => [l.file, l.status, l.why])).toEqual([
      ['a.xlsx', 'skipped', { code: 'internal', detail: 'no report and no reason' }],
      ['b.xlsx', 'skipped', { code: 'internal', detail: 'hỏng' }],
      ['c.xlsx', 'skipped', { code: 'unreadable', problem: { code: 'merge-nothing-readable' } }],
      ['d.xlsx', 'merged', undefined],
    ]);
});

test('units are merged in name order, numbers in their place, whatever the files are called', async () => {
  const r = merge([
    await unitFile('a.xlsx', 'UBND xã 10', { 'I.1': 1 }),
    await unitFile('b.xlsx', 'UBND xã 2', { 'I.1': 2 }),
    await unitFile('c.xlsx', 'UBND xã Ấp', { 'I.1': 3 }),
  ]);
  expect(r.units.map((u) => u.unit)).toEqual(['UBND xã 2', 'UBND xã 10', 'UBND xã Ấp']);
});

test('how many files the errors come from', () => {
  const e = (file: string) => ({ file }) as FileError;
  expect(filesWithErrors([e('a'), e('b'), e('a')])).toBe(2);
  expect(filesWithErrors([])).toBe(0);
});

test('ratios and totals are computed from the summed parts, never summed; nothing is said of them', async () => {
  const r = merge([
    await unitFile('a.xlsx', 'UBND xã Một', { 'I.2.1': 8, 'I.2.2': 6, 'VI.2.2': 1, 'VI.2.3': 2 }),
    await unitFile('b.xlsx', 'UBND xã Hai', { 'I.2.1': 2, 'I.2.2': 2, 'VI.2.2': 3, 'VI.2.3': 4 }),
  ]);
  expect(r.values.get('I.2.1@value')).toBe(10);
  expect(r.values.has('I.2@value')).toBe(false);
  expect(r.values.has('VI.2.1@value')).toBe(false);
  expect(r.derived.get('I.2@value')).toBeCloseTo(8 / 10, 12);
  expect(r.derived.get('VI.2.1@value')).toBe(1 + 2 + 3 + 4);
  expect(r.notes).toEqual([]);
});

test('coded answers are counted per label, a value off the list by itself; no answers, no count', async () => {
  const r = merge([
    await unitFile('a.xlsx', 'UBND xã Một', { 'I.5.2': 2 }),
    await unitFile('b.xlsx', 'UBND xã Hai', { 'I.5.2': 7 }),
    await unitFile('c.xlsx', 'UBND xã Ba', { 'I.1': 1 }),
  ]);
  expect(r.values.get('I.5.2@value')).toBe('1/2 đơn vị: Kết hợp; 1/2 đơn vị: 7');
  expect(r.values.has('I.6@value')).toBe(false);
});

test('parts Excel holds whose sum is a finite number past its largest: no total, a note', async () => {
  const r = merge([
    await unitFile('a.xlsx', 'UBND xã Một', { 'VI.1.1': 0.6 * EXCEL_NUMBER_MAX }),
    await unitFile('b.xlsx', 'UBND xã Hai', { 'VI.1.1': 0.6 * EXCEL_NUMBER_MAX }),
  ]);
  expect(Number.isFinite(1.2 * EXCEL_NUMBER_MAX)).toBe(true);
  expect(r.values.has('VI.1.1@value')).toBe(false);
  expect(r.notes).toEqual([
    'VI.1.1: tổng của các đơn vị vượt quá số lớn nhất Excel chứa được, không ghi tổng; xem số liệu từng đơn vị ở trang chi tiết',
  ]);
});

test('a template asked for is merged even where most files use another; asked for with nothing readable, refused', async () => {
  const files = [
    await unitFile('a.xlsx', 'UBND xã Một', {}, { template: 'tong-ket-pl1', period: '2024' }),
    await unitFile('b.xlsx', 'UBND xã Hai', {}, { template: 'tong-ket-pl1', period: '2024' }),
    await unitFile('c.xlsx', 'UBND xã Ba', { 'I.1': 4 }),
  ];
  expect([merge(files).template.id, merge(files).period]).toEqual(['tong-ket-pl1', '2024']);
  const asked = merge(files, { templateId: 'dinh-ky' });
  expect([asked.template.id, asked.period, asked.values.get('I.1@value')]).toEqual(['dinh-ky', '2024-Q3', 4]);
  expect(() => merge([unreadable('x.xlsx')], { templateId: 'dinh-ky' })).toThrow(
    expect.objectContaining({ problem: { code: 'merge-nothing-readable' } }),
  );
  // Both asked for: merged as asked, with nothing in it.
  expect(merge([unreadable('x.xlsx')], { templateId: 'dinh-ky', period: '2024-Q3' }).units).toEqual([]);
});

test('the day each unit sent its report: as given, else as its report is dated, else its file’s date in Vietnam’s time, else none', async () => {
  const files = [
    { ...(await unitFile('mot.xlsx', 'UBND xã Một', {})), reportDay: dayOf(2024, 9, 10) },
    { ...(await unitFile('hai.xlsx', 'UBND xã Hai', {}, { modified: Date.UTC(2024, 8, 1) })), reportDay: dayOf(2024, 9, 16) },
    // 20:00 on 16 September in UTC is the 17th in Vietnam.
    await unitFile('ba.xlsx', 'UBND xã Ba', {}, { modified: Date.UTC(2024, 8, 16, 20) }),
    await unitFile('bon.xlsx', 'UBND xã Bốn', {}, { modified: 0 }),
    await unitFile('nam.xlsx', 'UBND xã Năm', {}, { modified: Date.UTC(2024, 5, 1, 3) }),
  ];
  const due = dayOf(2024, 9, 15);
  const t = merge(files, {
    timing: {
      dueBefore: due,
      window: { from: dayOf(2024, 6, 15), to: dayOf(2024, 9, 14) },
      submitted: { ' ubnd xã MỘT': dayOf(2024, 9, 20) },
    },
  }).timeliness!;
  const byUnit = <T extends { unit: string }>(list: T[]) => [...list].sort((a, b) => a.unit.localeCompare(b.unit));
  // A file's date (Ba's, Năm's) is shown, never judged.
  expect(byUnit(t.late)).toEqual([
    { unit: 'UBND xã Hai', file: 'hai.xlsx', day: dayOf(2024, 9, 16), source: 'report', days: 2 },
    { unit: 'UBND xã Một', file: 'mot.xlsx', day: dayOf(2024, 9, 20), source: 'given', days: 6 },
  ]);
  expect(t.stale).toEqual([]);
  expect(byUnit(t.fileDated)).toEqual([
    { unit: 'UBND xã Ba', file: 'ba.xlsx', day: dayOf(2024, 9, 17), source: 'file' },
    { unit: 'UBND xã Năm', file: 'nam.xlsx', day: dayOf(2024, 6, 1), source: 'file' },
  ]);
  expect(t.undated).toEqual([{ unit: 'UBND xã Bốn', file: 'bon.xlsx', source: 'file' }]);
});
