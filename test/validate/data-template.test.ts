import { renderTemplate } from '../../src/domain/render/template';
import type { CellValue } from '../../src/domain/sheet/plan';
import type { TemplateSheet } from '../../src/domain/sheet/read';
import { checkSheet } from '../../src/domain/validate/validate';
import { PROVINCE_UNIT as UNIT, provinceForm as form } from '../support/data-template';
import { typedSheet } from '../support/typed-sheet';

/**
 * A province's own form, given as a JSON data file rather than code: it loads, renders and is
 * checked like the built-in templates. It declares no `kindChecks`, so the checks implied by
 * the rows' kinds are reported under their generic ids (DOC, NHOM, MA, TYLE, SO, CT), and it has a
 * second value column (a coded "Đánh giá" column), so findings name their cells code@column.
 */

type Cells = Record<string, CellValue>;
const sheetOf = (cells: Cells) => typedSheet(form, cells, UNIT);
const check = (sheet: TemplateSheet) => checkSheet(sheet, form).findings.filter((f) => f.rule !== 'THIEU');
const findingsOf = async (cells: Cells) => check(await sheetOf(cells));
const brief = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => `${f.code} ${f.rule}:${f.severity} ${f.message}`);
/** Sheet address of a value cell, from the rendered form (not from the checker). */
const addressOf = async (ref: string) => {
  const c = (await sheetOf({})).cells.get(ref)!;
  return `${String.fromCharCode(64 + c.col)}${c.row}`;
};

test('a template given as data loads, renders the official layout and keeps its rules', () => {
  expect(form.id).toBe('tinh-thu-nghiem');
  const plan = renderTemplate(form, { unit: UNIT });
  const texts = plan.cells.map((c) => c.value);
  expect(texts).toContain('THEO DÕI KẾT QUẢ GIẢI QUYẾT HỒ SƠ TẠI BỘ PHẬN MỘT CỬA');
  // Rows 12–15 hold I.1.2, I.1.3, I.1.4 and I.2 (title block, header on row 8, section row 9); values in column E.
  expect(plan.cells.filter((c) => c.formula).map((c) => [c.row, c.col, c.formula])).toEqual([
    [14, 5, 'IF(COUNT(E12,E13)=0,"",SUM(E12,E13))'],
    [15, 5, 'IF(OR(COUNT(E12)=0,N(E14)=0),"",E12/E14)'],
  ]);
  expect(form.rules?.map((r) => r.id)).toEqual(['T01']);
});

test('a form without kind checks of its own reports them under the generic ids, naming code@column', async () => {
  expect(
    brief(
      await findingsOf({
        'I.1': 5,
        'I.1.1': 2.5,
        'I.4': -3,
        'I.5': 3,
        'I.1.1@status': 'Tốt',
      }),
    ),
  ).toEqual([
    'I.1@value NHOM:warning I.1 là dòng nhóm, không có số liệu riêng, nhưng ghi 5',
    'I.1.1@value SO:error I.1.1 ghi 2,5, phải là số nguyên không âm (Hồ sơ)',
    'I.1.1@status MA:error I.1.1 ghi "Tốt", không thuộc danh sách: Đạt; Không đạt',
    'I.4@value SO:error I.4 ghi -3, số tiền không được âm',
    'I.5@value MA:error I.5 ghi 3, không thuộc danh sách mã: Trực tiếp = 1; Trực tuyến = 2',
  ]);
});

test('values that satisfy the kind checks give no finding', async () => {
  expect(brief(await findingsOf({ 'I.1.1': 0, 'I.4': 2.5, 'I.5': 2, 'I.1.1@status': 'Không đạt', 'I.3': 1, 'I.6': 'đủ hồ sơ' }))).toEqual(
    [],
  );
});

test('a code typed in another form is understood and warned about under the code-list id', async () => {
  expect(brief(await findingsOf({ 'I.5': '02' }))).toEqual(['I.5@value MA:warning I.5 ghi "02", không đúng dạng mã; hiểu là 2']);
  expect(brief(await findingsOf({ 'I.5': ' 2 ' }))).toEqual([]);
});

test('unreadable text is an error at its cell, with the text as read', async () => {
  const [f, ...rest] = await findingsOf({ 'I.1.1': '12 hồ sơ' });
  expect(rest).toEqual([]);
  expect(f).toMatchObject({
    rule: 'DOC',
    severity: 'error',
    code: 'I.1.1@value',
    cell: await addressOf('I.1.1@value'),
    actual: '12 hồ sơ',
  });
  expect(f.message).toBe('I.1.1: "12 hồ sơ" không phải là số; có phải là 12?');
});

describe('percent cells without a percent format', () => {
  const bare = async (raw: CellValue) => {
    const sheet = await sheetOf({ 'I.3': raw });
    sheet.cells.get('I.3@value')!.numFmt = 'General';
    return brief(check(sheet));
  };
  test('a bare number above 1 is read as percent points, with a warning', async () => {
    expect(await bare(80)).toEqual(['I.3@value TYLE:warning I.3 ghi số trần 80, được hiểu là 80%; nên ghi dạng phần trăm']);
    expect(await bare(-2)).toEqual([
      'I.3@value TYLE:error I.3 ghi -2%, tỷ lệ phải từ 0% đến 100%',
      'I.3@value TYLE:warning I.3 ghi số trần -2, được hiểu là -2%; nên ghi dạng phần trăm',
    ]);
  });
  test('a fraction up to 1 is read as it is, without a warning', async () => {
    expect(await bare(1)).toEqual([]);
    expect(await bare(0.8)).toEqual([]);
  });
  test('text without a percent sign is read as percent points, with a warning; zero needs none', async () => {
    expect(await bare(' 80 ')).toEqual(['I.3@value TYLE:warning I.3 ghi "80", được hiểu là 80%; nên ghi dạng phần trăm']);
    expect(await bare('0')).toEqual([]);
    expect(await bare('80%')).toEqual([]);
  });
  test('a percent-formatted cell holding 1.2 is 120%, out of range', async () => {
    expect(brief(await findingsOf({ 'I.3': 1.2 }))).toEqual(['I.3@value TYLE:error I.3 ghi 120%, tỷ lệ phải từ 0% đến 100%']);
  });
});

describe('derived rows', () => {
  test('a typed total that differs from its parts is an error; the same total is not', async () => {
    expect(brief(await findingsOf({ 'I.1.1': 9, 'I.1.2': 5, 'I.1.3': 2, 'I.1.4': 9 }))).toEqual([
      'I.1.4@value CT:error I.1.4 ghi 9 nhưng I.1.2 + I.1.3 = 7',
    ]);
    expect(brief(await findingsOf({ 'I.1.1': 9, 'I.1.2': 5, 'I.1.3': 2, 'I.1.4': 7 }))).toEqual([]);
  });
  test('a ratio is checked against the live total of its parts, in the numerator’s unit', async () => {
    expect(brief(await findingsOf({ 'I.1.1': 9, 'I.1.2': 5, 'I.1.3': 2, 'I.2': '90%' }))).toEqual([
      'I.2@value CT:error I.2 ghi 90% nhưng 5/7 hồ sơ = 71,4%',
    ]);
  });
  test('a ratio over a zero total should be left empty (generic id when the form names none)', async () => {
    expect(brief(await findingsOf({ 'I.1.1': 0, 'I.1.2': 0, 'I.1.3': 0, 'I.2': '0%' }))).toEqual([
      'I.2@value CT:warning I.2 ghi 0% nhưng mẫu số I.1.4 = 0: tỷ lệ không xác định, nên để trống',
    ]);
  });
  test('an empty part of a total counts as 0; a ratio without its numerator is not judged', async () => {
    expect(brief(await findingsOf({ 'I.1.1': 9, 'I.1.2': 5, 'I.2': '90%' }))).toEqual([
      'I.2@value CT:error I.2 ghi 90% nhưng 5/5 hồ sơ = 100%',
    ]);
    expect(brief(await findingsOf({ 'I.1.1': 9, 'I.1.3': 2, 'I.2': '90%' }))).toEqual([]);
  });
  test('a rule sees the live total: 5 + 2 handled of 5 received', async () => {
    const fs = await findingsOf({ 'I.1.1': 5, 'I.1.2': 5, 'I.1.3': 2 });
    expect(brief(fs)).toEqual(['I.1.4@value T01:error Hồ sơ đã giải quyết không vượt hồ sơ tiếp nhận: I.1.4 = 7 > I.1.1 = 5']);
    expect(fs[0]).toMatchObject({ cell: await addressOf('I.1.4@value'), expected: 'I.1.4 <= I.1.1', actual: 7 });
  });
});

test('findings are listed by row, errors before warnings within a row', async () => {
  const fs = await findingsOf({
    // Row of I.1.1: a warning-free error. Row of I.1.4: an error found by the derived check (after the kind checks).
    'I.1.1': 9,
    'I.1.2': 5,
    'I.1.3': 2,
    'I.1.4': 8,
    // Row of I.3: the value column's warning comes before the status column's error on the sheet.
    'I.3': '80',
    'I.3@status': 'Tốt',
    // Row of I.1 (above them all): a group row's warning, and I.5 below everything.
    'I.1': 1,
    'I.5': 7,
  });
  expect(fs.map((f) => `${f.code} ${f.severity}`)).toEqual([
    'I.1@value warning',
    'I.1.4@value error',
    'I.3@status error',
    'I.3@value warning',
    'I.5@value error',
  ]);
});

describe('cells the form does not know are passed over', () => {
  test('a row code that is not in the form', async () => {
    const sheet = await sheetOf({ 'I.1.1': -1 });
    const known = sheet.cells.get('I.1.1@value')!;
    sheet.cells.set('Z.9@value', { ...known, code: 'Z.9', row: 99 });
    expect(brief(check(sheet))).toEqual(['I.1.1@value SO:error I.1.1 ghi -1, phải là số nguyên không âm (Hồ sơ)']);
  });
  test('a column key that is not in the form is read by the row’s kind', async () => {
    const sheet = await sheetOf({});
    const known = sheet.cells.get('I.1.1@value')!;
    sheet.cells.set('I.1.1@cu', { ...known, key: 'cu', col: 20, raw: -4 });
    expect(brief(check(sheet))).toEqual(['I.1.1@cu SO:error I.1.1 ghi -4, phải là số nguyên không âm (Hồ sơ)']);
  });
});
