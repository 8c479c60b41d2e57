import { InputError } from '../../src/domain/errors';
import { unitReport } from '../../src/domain/merge/unit-report';
import { address } from '../../src/domain/sheet/plan';
import { typedSheet } from '../support/typed-sheet';

/** A unit's sheet as the merge takes it: what is carried, what is reported, and the notes on what is not. */

test('a sheet whose template the catalogue lacks is the input’s fault, naming file, sheet and template', async () => {
  const sheet = await typedSheet('dinh-ky', {});
  sheet.template = undefined;
  sheet.identity.templateId = 'mau-la';
  let thrown: unknown;
  try {
    unitReport('xa-a.xlsx', sheet);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(InputError);
  expect((thrown as InputError).problem).toEqual({
    code: 'sheet-template-unknown',
    file: 'xa-a.xlsx',
    sheet: sheet.sheet,
    template: 'mau-la',
  });
});

test('inputs are carried, group rows are not; a ratio is reported as typed or stored, never as an empty live formula', async () => {
  const sheet = await typedSheet('dinh-ky', { 'I.2.1': 8, 'I.2.2': 6, 'I.2': 0.8, 'III.3.1': null, 'VI.1': 'nhiều' });
  // A live formula with the result the file stored, and one stored without a result.
  sheet.cells.get('I.3.2@value')!.raw = null;
  sheet.cells.get('II.2.2@value')!.raw = 0.25;
  const r = unitReport('xa-a.xlsx', sheet);
  expect(r.values.get('I.2.1@value')).toBe(8);
  expect(r.values.get('I.2.2@value')).toBe(6);
  expect(r.values.has('I.3@value')).toBe(false);
  expect(r.values.has('I.2@value')).toBe(false);
  // Typed over: as typed, a blank too. Stored by a live formula: as stored. An unreadable one: not at all (the check's error).
  expect(r.reportedDerived.get('I.2@value')).toBe(0.8);
  expect(r.reportedDerived.has('III.3.1@value')).toBe(true);
  expect(r.reportedDerived.get('III.3.1@value')).toBeNull();
  expect(r.reportedDerived.get('II.2.2@value')).toBe(0.25);
  expect(r.reportedDerived.has('I.3.2@value')).toBe(false);
  expect(r.reportedDerived.has('VI.1@value')).toBe(false);
  // Computed from the parts carried: 6 of 8.
  expect(r.derived.get('I.2@value')).toBeCloseTo(0.75, 12);
  expect(r.notes.filter((n) => n.includes('VI.1'))).toEqual([]);
});

test('an input that cannot be read is noted with what the file holds, cut to 100 characters', async () => {
  const long = 'x'.repeat(130);
  const sheet = await typedSheet('dinh-ky', { 'I.4.1': 'mười hai', 'I.2.1': long });
  const at = (code: string) => sheet.cells.get(`${code}@value`)!;
  sheet.damaged.push(
    { ref: address(at('I.4.2').row, at('I.4.2').col), row: at('I.4.2').row, col: at('I.4.2').col, problem: 'number', raw: '1e999' },
    { ref: address(at('I.2.2').row, at('I.2.2').col), row: at('I.2.2').row, col: at('I.2.2').col, problem: 'unclosed' },
  );
  const r = unitReport('xa-a.xlsx', sheet);
  expect(r.notes).toEqual([
    `xa-a.xlsx: ô I.2.1 ghi "${'x'.repeat(100)}" không đọc được, không cộng vào tổng`,
    'xa-a.xlsx: ô I.2.2 ghi "" không đọc được, không cộng vào tổng',
    'xa-a.xlsx: ô I.4.1 ghi "mười hai" không đọc được, không cộng vào tổng',
    'xa-a.xlsx: ô I.4.2 ghi "1e999" không đọc được, không cộng vào tổng',
  ]);
  for (const code of ['I.2.1', 'I.2.2', 'I.4.1', 'I.4.2']) expect(r.values.has(`${code}@value`)).toBe(false);
});

test('rows of a sheet typed by hand that were not recognised are noted, with the indicator they came closest to', async () => {
  const sheet = await typedSheet('dinh-ky', {});
  const label = 'Số văn bản chỉ đạo, điều hành về công tác cải cách hành chính được ban hành trong kỳ báo cáo';
  sheet.recognised = {
    confidence: 0.9,
    tied: 40,
    unmatched: [
      { row: 30, col: 2, stt: '', label },
      { row: 31, col: 3, stt: '2', label: 'Số hồ sơ trễ hạn', closest: 'I.4.2' },
    ],
    missing: [],
    unitNamed: true,
    periodNamed: false,
  };
  const r = unitReport('xa-b.xlsx', sheet);
  expect(label.length).toBeGreaterThan(60);
  expect(r.notes).toEqual([
    `xa-b.xlsx: ô B30 "${label.slice(0, 60)}" không nhận ra là chỉ tiêu nào, không tổng hợp`,
    'xa-b.xlsx: ô C31 "Số hồ sơ trễ hạn" không nhận ra là chỉ tiêu nào (gần nhất: I.4.2), không tổng hợp',
  ]);
  expect(r.recognised).toBe(sheet.recognised);
  expect('recognised' in unitReport('xa-b.xlsx', await typedSheet('dinh-ky', {}))).toBe(false);
});

test('the cells errors point at are listed once each, by key; errors at no value cell are left out', async () => {
  const sheet = await typedSheet('dinh-ky', { 'I.2.1': -3, 'I.2.2': -1 });
  sheet.damaged.push({ ref: 'A0', problem: 'address', raw: 'x' });
  const r = unitReport('xa-a.xlsx', sheet);
  const cells = r.errors.map((f) => f.cell);
  const keyAt = (code: string) => address(sheet.cells.get(`${code}@value`)!.row, sheet.cells.get(`${code}@value`)!.col);
  // Each of the two negative counts is an error, A0 is one too; some cell is pointed at more than once.
  expect(cells).toContain('A0');
  expect(cells).toContain(keyAt('I.2.1'));
  expect(cells).toContain(keyAt('I.2.2'));
  expect(new Set(cells).size).toBeLessThan(cells.length);
  const expected = [...new Set(cells)]
    .filter((c) => c !== 'A0')
    .map((c) => [...sheet.cells].find(([, x]) => address(x.row, x.col) === c)![0]);
  expect([...r.errorCells].sort()).toStrictEqual(expected.sort());
  expect(r.errorCells).toEqual(expect.arrayContaining(['I.2.1@value', 'I.2.2@value']));
});
