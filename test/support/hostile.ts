import { inflateRawSync } from 'node:zlib';
import { zipEntries, storedBytes } from '../../src/adapters/lean-reader/zip';
import { isInputError } from '../../src/domain/errors';
import { parsePeriod } from '../../src/domain/period';
import type { CellValue } from '../../src/domain/sheet/plan';
import { makeZip, type ZipOptions } from './zip-writer';
import { cellValues, template } from './templates';
import { templateXlsx } from './workbooks';

/** Received files made hostile by hand: a real Mẫu A workbook taken apart, edited, and zipped again. */

export const SHEET = 'xl/worksheets/sheet1.xml';

/** The parts of a Mẫu A workbook for xã Bắc Sơn (written by exceljs), inflated, in archive order. */
export async function templateParts(values: Record<string, CellValue> = { 'I.1': 3, 'I.2.1': 7, 'I.2.2': 5 }): Promise<[string, Buffer][]> {
  const { bytes } = await templateXlsx(template('dinh-ky'), {
    unit: 'UBND xã Bắc Sơn',
    period: parsePeriod('2024-Q3'),
    values: cellValues(values),
  });
  const data = new Uint8Array(bytes);
  return [...zipEntries(data).values()]
    .sort((a, b) => a.localHeader - b.localHeader)
    .map((e) => [e.name, e.method === 0 ? Buffer.from(storedBytes(data, e)) : inflateRawSync(storedBytes(data, e))]);
}

export function text(parts: [string, Buffer][], name: string): string {
  return parts.find(([n]) => n === name)![1].toString('utf8');
}

/** The parts again, with some replaced (text or bytes), as a deflated archive. */
export function rezip(parts: [string, Buffer][], replace: Record<string, string | Uint8Array> = {}, options: ZipOptions = {}): Uint8Array {
  return makeZip(
    parts.map(([name, bytes]): [string, string | Uint8Array] => [name, replace[name] ?? bytes]),
    { deflate: true, ...options },
  );
}

/** The sheet with one cell's XML replaced ("E12" → `<c r="E12"><v>NaN</v></c>`). */
export function withCell(sheet: string, ref: string, cell: string): string {
  const at = sheet.indexOf(`<c r="${ref}"`);
  if (at === -1) throw new Error(`no cell ${ref}`);
  const tagEnd = sheet.indexOf('>', at);
  const end = sheet[tagEnd - 1] === '/' ? tagEnd + 1 : sheet.indexOf('</c>', tagEnd) + 4;
  return sheet.slice(0, at) + cell + sheet.slice(end);
}

/** The sheet with rows appended at the end of its data. */
export function withRows(sheet: string, rows: string): string {
  return sheet.replace('</sheetData>', `${rows}</sheetData>`);
}

/** The problem an InputError names, "read" when the file was read, or what else was thrown. */
export function outcome(read: () => unknown): unknown {
  try {
    read();
    return 'read';
  } catch (e) {
    return isInputError(e) ? e.problem : e;
  }
}
