import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { renderTemplate } from '../../src/domain/render/template';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs-adapter';
import { readGrids } from '../../src/workbook/lean-reader';
import { libreOfficeConvert } from '../support/libreoffice';
import { BAC_SON, template } from '../support/workbooks';
import { tempDir } from '../support/cli';

async function bacSonBytes(): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const name = await wb.addSheet(renderTemplate(template('dinh-ky'), BAC_SON));
  const sheet = readTemplateSheet(await wb.readSheet(name))!;
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
    const a = readTemplateSheet(await full.readSheet('Phụ lục 2024-Q3'))!;
    const b = readTemplateSheet(lean[0])!;
    expect(b.identity).toEqual(a.identity);
    expect([...b.cells.keys()]).toEqual([...a.cells.keys()]);
    for (const [k, c] of a.cells) {
      const d = b.cells.get(k)!;
      expect([k, d.raw]).toEqual([k, c.raw]);
      expect([k, !!d.formula]).toEqual([k, !!c.formula]);
      // (exceljs reports no format for empty cells; the lean reader does)
      if (c.raw !== null) expect([k, !!d.numFmt?.includes('%')]).toEqual([k, !!c.numFmt?.includes('%')]);
    }
    expect(lean[1].values[1][1]).toBe('Văn bản có dấu: Hạnh phúc');
  });
});

test('files that are not usable get a message naming the file', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'x'), 'x');
  expect(() => readGrids('a.xlsm', new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow('Tệp "a.xlsm" là tệp có macro (.xlsm)');
  expect(() => readGrids('b.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toThrow('Tệp "b.xlsx" là tệp Excel cũ (.xls) hoặc có đặt mật khẩu');
  expect(() => readGrids('c.xlsx', new TextEncoder().encode('xin chào'))).toThrow('Tệp "c.xlsx" không phải là tệp Excel .xlsx.');
  expect(() => readGrids('d.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]))).toThrow('Tệp "d.xlsx" bị hỏng');
});
