import { readUnitFile } from '../../src/app/merge';
import { mergeReports } from '../../src/domain/merge/merge';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readXlsx } from '../../src/cli/read-files';
import { findingMessage } from '../../src/domain/messages/findings';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { validateSheet } from '../../src/domain/validate/validate';
import { outcome, rezip, SHEET, templateParts, text, withCell, withRows } from '../support/hostile';
import { makeZip } from '../support/zip-writer';
import { tablePlan } from '../../src/domain/render/table';
import { cellText } from '../../src/domain/sheet/plan';
import { BUILT_IN, template } from '../support/templates';

/**
 * Cells a received file holds but cannot give: never read as empty, each a finding naming the
 * sheet and the cell as written, with either reader (Node's and the page's).
 */
const READERS = [
  ['Node', (name: string, data: Uint8Array) => readXlsx(name, data)],
  ['page', (name: string, data: Uint8Array) => readGrids(name, data)],
] as const;

async function findingsOf(edit: (sheet: string, strings: string) => { sheet?: string; strings?: string }) {
  const parts = await templateParts();
  const changed = edit(text(parts, SHEET), text(parts, 'xl/sharedStrings.xml'));
  const bytes = rezip(parts, {
    ...(changed.sheet ? { [SHEET]: changed.sheet } : {}),
    ...(changed.strings ? { 'xl/sharedStrings.xml': changed.strings } : {}),
  });
  return READERS.map(([, read]) => {
    const sheet = readTemplateSheet(read('hong.xlsx', bytes)[0], BUILT_IN)!;
    return validateSheet(sheet, template('dinh-ky')).filter((f) => f.rule === 'DOC');
  });
}

const both = (list: unknown[][]) => {
  expect(list[1]).toEqual(list[0]);
  return list[0];
};

describe('a damaged cell is a finding', () => {
  test('addresses that are no cell of a sheet: far columns, far rows, row 0, lower case', async () => {
    const found = both(
      await findingsOf((sheet) => ({
        sheet: withRows(
          sheet,
          '<row r="200"><c r="AAAAAAAAAA200"><v>5</v></c><c r="B99999999"><v>6</v></c><c r="ZZZZZ99999999"><v>7</v></c></row>' +
            '<row r="201"><c r="A0"><v>8</v></c><c r="e201"><v>9</v></c><c r="XFE201"><v>1</v></c></row>',
        ),
      })),
    ) as ReturnType<typeof validateSheet>;
    expect(found.map((f) => [f.cell, f.code, f.severity, f.sheet])).toEqual(
      ['AAAAAAAAAA200', 'B99999999', 'ZZZZZ99999999', 'A0', 'e201', 'XFE201'].map((ref) => [ref, '', 'error', 'Phụ lục 2024-Q3']),
    );
    expect(found[0].message).toBe(
      'Tệp có một ô ở địa chỉ "AAAAAAAAAA200", không phải ô nào của bảng tính Excel: giá trị của ô không được đọc',
    );
    expect(findingMessage(found[3].text, 'en')).toBe(
      'The file has a cell at "A0", which is no cell of an Excel sheet: its value is not read',
    );
  });
});

test('a value cell holding what is not a finite number Excel can hold is unreadable, never summed, never "no value yet"', async () => {
  const found = both(
    await findingsOf((sheet) => ({
      sheet: withCell(
        withCell(withCell(sheet, 'E11', '<c r="E11"><v>NaN</v></c>'), 'E13', '<c r="E13"><v>1e308</v></c>'),
        'E14',
        '<c r="E14"><v>-Infinity</v></c>',
      ),
    })),
  ) as { cell: string; code: string; severity: string; message: string; actual: unknown }[];
  expect(found.map((f) => [f.cell, f.code, f.severity, f.actual])).toEqual([
    ['E11', 'I.1', 'error', 'NaN'],
    ['E13', 'I.2.1', 'error', '1e308'],
    ['E14', 'I.2.2', 'error', '-Infinity'],
  ]);
  expect(found[1].message).toBe('I.2.1: ô E13 ghi "1e308", không phải số Excel chứa được: giá trị không được đọc');
});

test('shared-string indexes out of range, negative or not numbers; a value that never ends', async () => {
  const found = both(
    await findingsOf((sheet) => ({
      sheet: withCell(
        withCell(
          withCell(withCell(sheet, 'E11', '<c r="E11" t="s"><v>99999</v></c>'), 'E13', '<c r="E13" t="s"><v>-1</v></c>'),
          'E14',
          '<c r="E14" t="s"><v>abc</v></c>',
        ),
        'F11',
        '<c r="F11"><v>12</c>',
      ),
    })),
  ) as { cell: string; code: string; severity: string; message: string }[];
  expect(found.map((f) => [f.cell, f.code, f.severity])).toEqual([
    ['E11', 'I.1', 'error'],
    ['F11', 'I.1', 'warning'], // the note column: not a figure
    ['E13', 'I.2.1', 'error'],
    ['E14', 'I.2.2', 'error'],
  ]);
  expect(found[0].message).toBe('I.1: ô E11 trỏ tới chuỗi văn bản số 99999 mà tệp không có: giá trị của ô không được đọc');
  expect(found[1].message).toBe('Ô F11 bị hỏng (giá trị không có điểm kết thúc): không được đọc');
});

test('merged with a good file, a damaged figure is left out of the total, said in the notes and listed as an error', async () => {
  const parts = await templateParts();
  const bad = rezip(parts, { [SHEET]: withCell(text(parts, SHEET), 'E13', '<c r="E13"><v>Infinity</v></c>') });
  const good = rezip(await templateParts({ 'I.1': 1, 'I.2.1': 7, 'I.2.2': 5 }));
  const files = [
    readUnitFile({ file: 'hong.xlsx', size: bad.length, modified: 1, checksum: 'a' }, bad, readXlsx, BUILT_IN),
    readUnitFile({ file: 'tot.xlsx', size: good.length, modified: 1, checksum: 'b' }, good, readXlsx, BUILT_IN),
  ];
  // Both name UBND xã Bắc Sơn: take them as two communes.
  files[1].report!.identity.unit = 'UBND xã Tốt';
  const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện Thử' });
  expect(r.values.get('I.2.1@value')).toBe(7);
  expect(r.reported.get('I.2.1@value')).toBe(1);
  expect(r.notes).toContain('hong.xlsx: ô I.2.1 ghi "Infinity" không đọc được, không cộng vào tổng');
  expect(r.errors.map((e) => [e.file, e.finding.cell, e.finding.rule])).toEqual([['hong.xlsx', 'E13', 'DOC']]);
});

describe('what the sheet says of itself', () => {
  test('another version of the template: checked by code, and said so (sheet and merge)', async () => {
    const parts = await templateParts();
    const strings = text(parts, 'xl/sharedStrings.xml').replace('cchc:dinh-ky@1.1.0', 'cchc:dinh-ky@9.9.9');
    const bytes = rezip(parts, { 'xl/sharedStrings.xml': strings });
    const sheet = readTemplateSheet(readXlsx('moi.xlsx', bytes)[0], BUILT_IN)!;
    const [first] = validateSheet(sheet, template('dinh-ky'));
    expect([first.cell, first.rule, first.severity, first.actual, first.expected]).toEqual(['A1', 'PB', 'warning', '9.9.9', '1.1.0']);
    expect(findingMessage(first.text, 'en')).toBe(
      'The sheet says template dinh-ky version 9.9.9; the add-in has version 1.1.0: figures are read by indicator code, and rows this version lacks are not checked',
    );
    const file = readUnitFile({ file: 'moi.xlsx', size: bytes.length, modified: 1, checksum: 'a' }, bytes, readXlsx, BUILT_IN);
    expect(mergeReports([file], { catalogue: BUILT_IN, unit: 'UBND huyện Thử' }).notes).toContain(
      'moi.xlsx: mẫu dinh-ky phiên bản 9.9.9, phần mềm có phiên bản 1.1.0: đọc theo mã chỉ tiêu',
    );
  });

  test('a period cell that holds no period is never merged nor made a sheet name', async () => {
    const parts = await templateParts();
    const strange = rezip(parts, {
      'xl/sharedStrings.xml': text(parts, 'xl/sharedStrings.xml').replace('<t>2024-Q3</t>', '<t>2024/Q3:*?[x]</t>'),
    });
    const good = rezip(await templateParts());
    const files = [
      readUnitFile({ file: 'la.xlsx', size: 1, modified: 1, checksum: 'a' }, strange, readXlsx, BUILT_IN),
      readUnitFile({ file: 'tot.xlsx', size: 1, modified: 1, checksum: 'b' }, good, readXlsx, BUILT_IN),
    ];
    const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện Thử' });
    expect(r.period).toBe('2024-Q3');
    expect(r.log.map((l) => [l.file, l.status, l.reason])).toEqual([
      ['la.xlsx', 'skipped', 'ô kỳ báo cáo ghi "2024/Q3:*?[x]", không phải kỳ hợp lệ (dạng 2024-Q3, 2024-H1, 2024)'],
      ['tot.xlsx', 'merged', ''],
    ]);
    expect(() => mergeReports([files[0]], { catalogue: BUILT_IN, unit: 'UBND huyện Thử' })).toThrow(
      'Không có tệp báo cáo nào đọc được theo mẫu CCHC để tổng hợp',
    );
  });

  test('a macro project inside a file named .xlsx is refused as a macro workbook; text longer than a cell holds is refused', async () => {
    const parts = await templateParts();
    const macro = makeZip([...parts, ['xl/vbaProject.bin', 'Attribute VB_Name = "Module1"']], { deflate: true });
    expect(outcome(() => readXlsx('so-lieu.xlsx', macro))).toEqual({ code: 'file-xlsm', file: 'so-lieu.xlsx' });
    const long = withCell(text(parts, SHEET), 'F12', `<c r="F12" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c>`);
    expect(outcome(() => readXlsx('dai.xlsx', rezip(parts, { [SHEET]: long })))).toEqual({
      code: 'file-limit',
      file: 'dai.xlsx',
      limit: 'string-length',
      max: 32_767,
      part: 'Phụ lục 2024-Q3!F12',
    });
  });
});

test('texts the add-in writes are cut to what a cell holds', () => {
  const plan = tablePlan(
    'Nhật ký',
    ['x'.repeat(40_000)],
    [{ header: 'Ghi chú', width: 30, kind: 'text' }],
    [{ cells: ['y'.repeat(32_768)] }],
  );
  const texts = plan.cells.map((c) => c.value as string);
  expect(texts.map((t) => t.length)).toEqual([32_767, 7, 32_767]);
  expect(texts[2].endsWith('y…')).toBe(true);
  expect(cellText('z'.repeat(32_767))).toBe('z'.repeat(32_767));
});

test('figures each within what Excel holds that sum past it give no total, and say so', async () => {
  const big = (unit: string) =>
    templateParts({ 'I.2.1': 9e307, 'I.4.1': 5 }).then((parts) => {
      const strings = text(parts, 'xl/sharedStrings.xml').replace(/UBND xã Bắc Sơn/g, unit);
      return rezip(parts, { 'xl/sharedStrings.xml': strings });
    });
  const files = await Promise.all(
    ['UBND xã Một', 'UBND xã Hai'].map(async (unit, i) => {
      const bytes = await big(unit);
      return readUnitFile({ file: `${i}.xlsx`, size: bytes.length, modified: 1, checksum: `${i}` }, bytes, readXlsx, BUILT_IN);
    }),
  );
  const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện Thử' });
  expect(r.values.has('I.2.1@value')).toBe(false);
  expect(r.values.get('I.4.1@value')).toBe(10);
  expect(r.notes).toContain(
    'I.2.1: tổng của các đơn vị vượt quá số lớn nhất Excel chứa được, không ghi tổng; xem số liệu từng đơn vị ở trang chi tiết',
  );
});
