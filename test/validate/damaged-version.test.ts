import type { CellDamage } from '../../src/domain/sheet/read';
import { validateSheet } from '../../src/domain/validate/validate';
import { typedSheet } from '../support/typed-sheet';
import { smallForm } from '../support/small-forms';
import { template } from '../support/templates';

/** Cells of the file the reader could not take, a sheet of another version, and the unit's level read from its name. */
const T = template('dinh-ky');
const facts = (fs: ReturnType<typeof validateSheet>) =>
  fs.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell, code: f.code, actual: f.actual }));

describe('damaged cells', () => {
  test('at a value cell: read as unreadable, an error there, never a value; elsewhere in a row: a warning at its row; at no cell of the grid: an error first of all', async () => {
    const sheet = await typedSheet('dinh-ky', { 'I.4.2': 3 });
    const at = sheet.cells.get('I.4.1@value')!;
    const damaged: CellDamage[] = [
      { ref: `E${at.row}`, row: at.row, col: at.col, problem: 'number', raw: '1e999' },
      { ref: `F${at.row}`, row: at.row, col: 6, problem: 'string-index', raw: '99' },
      { ref: 'A0', problem: 'address', raw: 'x' },
      { ref: `F${at.row + 1}`, row: at.row + 1, col: 6, problem: 'unclosed' },
      // A cell written without its address: the reader names it by row and column; the finding points at the cell.
      { ref: `R${at.row + 2}C6`, row: at.row + 2, col: 6, problem: 'unclosed' },
      // A row of the grid with a column past its last: the finding names the address as written, at its row's code.
      { ref: `XFE${at.row}`, row: at.row, problem: 'address', raw: 'y' },
    ];
    sheet.damaged.push(...damaged);
    const found = validateSheet(sheet, T).filter((f) => f.rule === 'DOC');
    const codeOfRow = (row: number) => [...sheet.rowOf].find(([, r]) => r === row)?.[0];
    expect(facts(found)).toEqual([
      { rule: 'DOC', severity: 'error', cell: 'A0', code: '', actual: 'x' },
      // Findings without a cell of the grid come first.
      { rule: 'DOC', severity: 'warning', cell: `XFE${at.row}`, code: 'I.4.1', actual: 'y' },
      { rule: 'DOC', severity: 'error', cell: `E${at.row}`, code: 'I.4.1', actual: '1e999' },
      { rule: 'DOC', severity: 'warning', cell: `F${at.row}`, code: 'I.4.1', actual: '99' },
      { rule: 'DOC', severity: 'warning', cell: `F${at.row + 1}`, code: 'I.4.2', actual: undefined },
      { rule: 'DOC', severity: 'warning', cell: `F${at.row + 2}`, code: codeOfRow(at.row + 2), actual: undefined },
    ]);
    // Each says what could not be read, as the reader's problem is worded.
    for (const f of found.filter((_, i) => i !== 2))
      expect(f.text).toEqual({ kind: 'cell-damaged', problem: expect.objectContaining({ code: 'damaged' }) });
    expect('actual' in found[4]).toBe(false);
    expect(found[2].message).toContain('1e999');
    // The damaged value is not read as a number: I.4.2 ≤ I.4.1 cannot be judged, so R16 is silent.
    expect(validateSheet(sheet, T).filter((f) => f.code === 'I.4.1' && f.rule !== 'DOC')).toEqual([]);
  });

  test('a sound sheet has none', async () => {
    expect(validateSheet(await typedSheet('dinh-ky', { 'I.4.1': 3 }), T).filter((f) => f.rule === 'DOC')).toEqual([]);
  });
});

describe('a sheet of another version of its template', () => {
  test('is read by indicator code, with one warning at A1 naming both versions', async () => {
    const sheet = await typedSheet('dinh-ky', { 'I.4.1': 3 });
    sheet.identity.version = '0.9.0';
    const found = validateSheet(sheet, T).filter((f) => f.rule === 'PB');
    expect(found).toMatchObject([
      {
        severity: 'warning',
        cell: 'A1',
        code: '',
        actual: '0.9.0',
        expected: '1.1.0',
        message:
          'Trang ghi mẫu dinh-ky phiên bản 0.9.0, phần mềm có phiên bản 1.1.0: số liệu được đọc theo mã chỉ tiêu, dòng nào phiên bản này không có thì không được kiểm tra',
      },
    ]);
  });

  test('the same version has no such warning', async () => {
    expect(validateSheet(await typedSheet('dinh-ky', {}), T).filter((f) => f.rule === 'PB')).toEqual([]);
  });
});

describe('the unit’s level, from its name', () => {
  // A form whose rows ask different levels: one for communes only, one for provinces only.
  // Loaded in each test, so that mutation testing knows which tests check it.
  const t = () =>
    smallForm('cap-bac', 'Theo cấp', [
      { code: 'A', label: 'Mọi cấp', kind: 'count' },
      { code: 'X', label: 'Chỉ cấp xã', kind: 'count', levels: ['xa'] },
      { code: 'T', label: 'Chỉ cấp tỉnh', kind: 'count', levels: ['tinh'] },
      { code: 'H', label: 'Chỉ cấp huyện', kind: 'count', levels: ['huyen'] },
      // Filled in every test: a sheet with nothing typed is told so in one line.
      { code: 'N', label: 'Đã nhập', kind: 'count' },
    ]);

  test.each([
    ['UBND xã Bắc Sơn', ['A', 'X']],
    ['UBND thị xã Mỹ Hào', ['A', 'H']],
    ['UBND huyện Ân Thi', ['A', 'H']],
    ['Sở Nội vụ', ['A', 'T']],
    ['UBND tỉnh Khánh Hòa', ['A', 'T']],
    ['UBND thành phố Hà Nội', ['A', 'T']],
    // A name that says no level: every row is asked for.
    ['Ban Quản lý dự án', ['A', 'X', 'T', 'H']],
  ])('%s is asked for %j', async (unit, codes) => {
    const sheet = await typedSheet(t(), { N: 1 }, unit);
    expect(
      validateSheet(sheet, t())
        .filter((f) => f.rule === 'THIEU')
        .map((f) => f.code),
    ).toEqual(codes);
  });
});

describe('derived cells at their edges', () => {
  const at = (fs: ReturnType<typeof validateSheet>, code: string) =>
    fs.filter((f) => f.code === code).map((f) => `${f.rule}:${f.severity}`);

  test('a ratio typed with no parts to compute it from: nothing to compare, no finding', async () => {
    expect(at(validateSheet(await typedSheet('dinh-ky', { 'I.2': '80%' }), T), 'I.2')).toEqual([]);
  });

  test('a live formula computing over 100% is not a typed figure out of range: the parts’ rule says what is wrong', async () => {
    const fs = validateSheet(await typedSheet('dinh-ky', { 'VII.5.3.1': 5, 'VII.5.3.2': 6 }), T);
    expect(at(fs, 'VII.5.3')).toEqual([]);
    expect(at(fs, 'VII.5.3.2')).toContain('R26:error');
  });

  test('a code written with spaces and a leading zero is named as written, trimmed', async () => {
    const fs = validateSheet(await typedSheet('dinh-ky', { 'VII.2.1': ' 01 ' }), T).filter((f) => f.code === 'VII.2.1');
    expect(fs.map((f) => f.message)).toEqual(['VII.2.1 ghi "01", không đúng dạng mã; hiểu là 1']);
  });
});
