import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { renderTemplate } from '../../src/domain/render/template';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { readXlsx } from '../../src/cli/read-files';
import { inflateRawSync } from 'node:zlib';
import { isInputError } from '../../src/domain/errors';
import { crc32Anywhere, storedBytes, zipEntries } from '../../src/adapters/lean-reader/zip';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { libreOfficeConvert } from '../support/libreoffice';
import { makeZip } from '../support/zip-writer';
import { BAC_SON, template, BUILT_IN } from '../support/templates';
import { templateXlsx } from '../support/workbooks';
import { tempDir } from '../support/cli';

async function bacSonBytes(): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const name = await wb.addSheet(renderTemplate(template('dinh-ky'), BAC_SON));
  const sheet = readTemplateSheet(await wb.readSheet(name), BUILT_IN)!;
  const csv = readFileSync(join(__dirname, '../../assets/samples/bac-son-2024-Q3.csv'), 'utf8');
  await wb.patchCells(name, planFill(sheet, template('dinh-ky'), parseValuesCsv(csv)).writes);
  wb.workbook.addWorksheet('Ghi chú "khác" & <thêm>').getCell('B2').value = 'Văn bản có dấu: Hạnh phúc';
  return wb.toBuffer();
}

describe.each([
  ['written by exceljs', async () => bacSonBytes()],
  ['saved by LibreOffice', async () => new Uint8Array(libreOfficeConvert(await bacSonBytes()))],
])('the lean reader on a workbook %s', (_how, make) => {
  test('reads the same template sheet as exceljs: every value, formula and percent format', async () => {
    const bytes = await make();
    const full = await ExcelJsWorkbook.open(ExcelJS, bytes);
    const lean = readGrids('bac-son.xlsx', bytes);
    expect(lean.map((g) => g.name)).toEqual(await full.sheetNames());
    const a = readTemplateSheet(await full.readSheet('Phụ lục 2024-Q3'), BUILT_IN)!;
    const b = readTemplateSheet(lean[0], BUILT_IN)!;
    expect(b.identity).toEqual(a.identity);
    expect([...b.cells.keys()]).toEqual([...a.cells.keys()]);
    for (const [k, c] of a.cells) {
      const d = b.cells.get(k)!;
      expect([k, d.raw]).toEqual([k, c.raw]);
      expect([k, !!d.formula]).toEqual([k, !!c.formula]);
      if (c.raw !== null) expect([k, !!d.numFmt?.includes('%')]).toEqual([k, !!c.numFmt?.includes('%')]);
    }
    expect(lean[1].values[1][1]).toBe('Văn bản có dấu: Hạnh phúc');
  });

  test("reads the same with Node's zlib and byte decoding as with fflate and TextDecoder", async () => {
    const bytes = await make();
    expect(readXlsx('bac-son.xlsx', bytes)).toEqual(readGrids('bac-son.xlsx', bytes));
  });
});

/** A workbook as other producers write it, with the forms the spreadsheet format allows. */
function otherProducer(sheetXml: string): Uint8Array {
  return makeZip(
    {
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook><sheets><sheet name="Số liệu &amp; ghi chú" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type="worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
      'xl/sharedStrings.xml':
        '<sst count="4"><si><t>Hồ sơ</t></si><si/><si><r><rPr><b/><color rgb="FF0000"/></rPr><t>Tổng </t></r><r><t xml:space="preserve">số &amp; tỷ lệ</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>',
      'xl/styles.xml':
        '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>',
      'xl/worksheets/sheet1.xml': sheetXml,
    },
    { deflate: true, descriptors: true },
  );
}

test.each([
  ['anywhere', (name: string, data: Uint8Array) => readGrids(name, data)],
  ['in Node', readXlsx],
])('the lean reader (%s) follows cells without addresses and every kind of cell value', (_where, read) => {
  const sheet =
    '<worksheet><cols><col min="1" max="3" width="9"/></cols><sheetData>' +
    '<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s" s="0"><v>2</v></c><c><v>3</v></c></row>' +
    '<row><c r="B2" s="2"/><c r="C2" s="1"><v>0.8</v></c><c s="2"><v>17465</v></c></row>' +
    '<row r="4" spans="1:5"><c r="A4" t="inlineStr"><is><r><rPr><color rgb="FF0000"/></rPr><t>Có</t></r><r><t> (1)</t></r></is></c>' +
    '<c r="B4" t="str"><f>"Tỉnh "&amp;"Hưng Yên"</f><v>Tỉnh Hưng Yên</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" t="e"><v>#DIV/0!</v></c>' +
    '<c r="E4" t="d"><v>2024-09-15T00:00:00</v></c><c r="F4" t="s"><v>3</v></c></row>' +
    '<row r="5"><c r="A5"><f t="shared" ref="A5:A6" si="0">B5*2</f><v>4</v></c><c r="B5"><v></v></c><c r="C5"></c></row>' +
    '<row r="6"><c r="A6"><f t="shared" si="0"/><v>6</v></c></row>' +
    '</sheetData><conditionalFormatting sqref="A1"><cfRule type="cellIs"/></conditionalFormatting></worksheet>';
  const [grid] = read('khac.xlsx', otherProducer(sheet));
  expect(grid.name).toBe('Số liệu & ghi chú');
  expect(grid.values).toEqual([
    ['Hồ sơ', null, 'Tổng số & tỷ lệ', 3],
    [null, null, 0.8, 17465],
    [],
    ['Có (1)', 'Tỉnh Hưng Yên', true, '#DIV/0!', '2024-09-15T00:00:00', '東京'],
    [4],
    [6],
  ]);
  expect(grid.numFmts[1]).toEqual([null, null, '0.0%', '#,##0']);
  expect(grid.formulas[3][1]).toBe('"Tỉnh "&"Hưng Yên"');
  expect(grid.formulas[4][0]).toBe('B5*2');
  expect(grid.formulas[5][0]).toBe('(công thức dùng chung)');
});

test.each([
  ['anywhere', (name: string, data: Uint8Array) => readGrids(name, data)],
  ['in Node', readXlsx],
])('the lean reader (%s) places cells past column Z', (_where, read) => {
  // Column numbers worked out by hand: AA = 27, AZ = 52, BA = 53, ZZ = 702, AAA = 703, XFD = 16384.
  const cells: [string, number, number][] = [
    ['Z1', 0, 26],
    ['AA1', 0, 27],
    ['AZ1', 0, 52],
    ['BA2', 1, 53],
    ['ZZ2', 1, 702],
    ['AAA3', 2, 703],
    ['XFD3', 2, 16384],
  ];
  const rows = [0, 1, 2].map(
    (r) =>
      `<row r="${r + 1}">${cells
        .filter(([, row]) => row === r)
        .map(([a]) => `<c r="${a}" t="inlineStr"><is><t>${a}</t></is></c>`)
        .join('')}</row>`,
  );
  // A cell without an address after AB4 is AC4 (29).
  rows.push('<row r="4"><c r="AB4"><v>28</v></c><c><v>29</v></c></row>');
  const [grid] = read('rong.xlsx', otherProducer(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`));
  for (const [a, row, col] of cells) expect([a, grid.values[row][col - 1]]).toEqual([a, a]);
  expect(grid.values[0]).toHaveLength(52);
  expect(grid.values[2]).toHaveLength(16384);
  expect(grid.values[3].slice(27)).toEqual([28, 29]);
  expect(grid.values[3].slice(0, 27).every((v) => v === null)).toBe(true);
});

test('files that are not usable get a message naming the file', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'x'), 'x');
  expect(() => readGrids('a.xlsm', new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow('Tệp "a.xlsm" là tệp có macro (.xlsm)');
  expect(() => readGrids('b.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toThrow(
    'Tệp "b.xlsx" là tệp Excel cũ (.xls) hoặc có đặt mật khẩu',
  );
  expect(() => readGrids('c.xlsx', new TextEncoder().encode('xin chào'))).toThrow('Tệp "c.xlsx" không phải là tệp Excel .xlsx.');
  expect(() => readGrids('d.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]))).toThrow('Tệp "d.xlsx" bị hỏng');
});

test('a damaged compressed sheet is named as a damaged file, with either inflater; never read as values', async () => {
  const { bytes } = await templateXlsx(template('dinh-ky'));
  const data = new Uint8Array(bytes);
  const entry = [...zipEntries(data).values()].find((e) => e.name.startsWith('xl/worksheets/sheet'))!;
  const raw = storedBytes(data, entry);
  data.fill(0xff, raw.byteOffset + 10, raw.byteOffset + 40);
  const corrupt = { code: 'file-corrupt', file: 'hong.xlsx' };
  for (const parts of [
    undefined,
    { inflate: (b: Uint8Array) => inflateRawSync(b), crc32: crc32Anywhere, sheetText: (x: Uint8Array) => new TextDecoder().decode(x) },
  ]) {
    let thrown: unknown;
    try {
      readGrids('hong.xlsx', data, parts);
    } catch (e) {
      thrown = e;
    }
    expect(isInputError(thrown) && thrown.problem).toMatchObject(corrupt);
    expect((thrown as Error).message).toMatch(
      /^Tệp "hong.xlsx" bị hỏng hoặc không đúng định dạng .xlsx \(phần xl\/worksheets\/sheet\d+\.xml/,
    );
  }
});
