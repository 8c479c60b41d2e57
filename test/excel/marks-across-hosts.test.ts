import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { checkAndMark } from '../../src/app/check';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { renderTemplate } from '../../src/domain/render/template';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { MARK_FILL, MARK_STORE_SHEET, marksFor } from '../../src/domain/validate/marks';
import type { WorkbookPort } from '../../src/app/port';
import { doubleToFile, fileToDouble } from '../support/double-file';
import { createExcelDouble } from '../support/excel-double';
import { BAC_SON, template, BUILT_IN } from '../support/templates';

/**
 * One store of marked cells for both hosts: a workbook checked in Excel is cleared in the
 * standalone page, and the reverse, and every cell gets back exactly its fill and note.
 */
const CSV = parseValuesCsv(readFileSync(resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv'), 'utf8'));

async function bacSon(port: WorkbookPort): Promise<string> {
  const name = await port.addSheet(renderTemplate(template('dinh-ky'), BAC_SON));
  const sheet = readTemplateSheet(await port.readSheet(name), BUILT_IN)!;
  await port.patchCells(name, planFill(sheet, template('dinh-ky'), CSV).writes);
  return name;
}

type Look = Map<string, string>;
/** Fill and note of every cell of a sheet in the file, by address. */
const fileLook = (ws: ExcelJS.Worksheet): Look => {
  const out: Look = new Map();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      const f = c.fill?.type === 'pattern' && c.fill.pattern === 'solid' ? (c.fill.fgColor?.argb?.slice(2) ?? '') : '';
      const n = c.note === undefined ? '' : typeof c.note === 'string' ? c.note : (c.note.texts ?? []).map((t) => t.text).join('');
      if (f || n) out.set(c.address, `${f}|${n}`);
    }),
  );
  return out;
};
/** The same, of a sheet in the Excel double (comments and notes both shown on the cell). */
const doubleLook = (excel: ReturnType<typeof createExcelDouble>, name: string): Look => {
  const out: Look = new Map();
  const at = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;
  for (const [key, c] of excel.sheet(name)!.cells) {
    const [row, col] = key.split(',').map(Number);
    const f = c.fill && c.fill.toUpperCase() !== '#FFFFFF' ? c.fill.slice(1).toUpperCase() : '';
    const ref = `'${name}'!${at(row, col)}`;
    const n = excel.comments.get(ref) ?? excel.notes.get(ref) ?? '';
    if (f || n) out.set(at(row, col), `${f}|${n}`);
  }
  return out;
};

test('marked in Excel, cleared in a file', async () => {
  const excel = createExcelDouble({ api: 10 });
  const office = new OfficeWorkbook(excel.run, excel.supports);
  const name = await bacSon(office);
  const before = doubleLook(excel, name);
  const { sheets } = await checkAndMark(office, BUILT_IN, [name]);
  const marks = marksFor(sheets[0].findings);
  expect(marks.length).toBeGreaterThan(5);
  const marked = doubleLook(excel, name);
  const i2 = sheets[0].findings.find((f) => f.code === 'I.2')!.cell;
  expect(marked.get(i2)).toMatch(new RegExp(`^${MARK_FILL.error}\\|\\[Lỗi R01\\] I.2 ghi 80%`));

  // Saved by Excel and opened as a file.
  const file = await ExcelJsWorkbook.open(ExcelJS, await doubleToFile(excel, [name, MARK_STORE_SHEET]).xlsx.writeBuffer());
  expect(fileLook(file.workbook.getWorksheet(name)!)).toEqual(marked);
  expect(await file.clearMarks(name)).toBe(marks.length);
  expect(fileLook(file.workbook.getWorksheet(name)!)).toEqual(before);
  expect(file.workbook.getWorksheet(MARK_STORE_SHEET)).toBeUndefined();
});

test('marked in a file, cleared in Excel, a note the cell had put back', async () => {
  const created = ExcelJsWorkbook.create(ExcelJS);
  const name = await bacSon(created);
  const file = await ExcelJsWorkbook.open(ExcelJS, await created.toBuffer());
  const sheet = readTemplateSheet(await file.readSheet(name), BUILT_IN)!;
  const i2 = sheet.cells.get('I.2@value')!;
  const i2At = `${String.fromCharCode(64 + i2.col)}${i2.row}`;
  file.workbook.getWorksheet(name)!.getCell(i2At).note = 'số liệu đã đối chiếu';
  const before = fileLook(file.workbook.getWorksheet(name)!);
  const { sheets } = await checkAndMark(file, BUILT_IN, [name]);
  const marks = marksFor(sheets[0].findings);

  // Saved and opened in Excel (ExcelApi 1.18: notes can be taken off).
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await file.toBuffer()) as unknown as ArrayBuffer);
  const excel = createExcelDouble();
  fileToDouble(saved, excel);
  expect(doubleLook(excel, name).get(i2At)).toMatch(new RegExp(`^${MARK_FILL.error}\\|\\[Lỗi R01\\]`));
  const office = new OfficeWorkbook(excel.run, excel.supports);
  expect(await office.clearMarks(name)).toBe(marks.length);
  expect(doubleLook(excel, name)).toEqual(before);
  expect(before.get(i2At)).toMatch(/\|số liệu đã đối chiếu$/);
  // The store is emptied; clearing again finds nothing.
  expect(await office.clearMarks(name)).toBe(0);
});
