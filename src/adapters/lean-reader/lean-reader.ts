import type { CellValue } from '../../domain/sheet/plan';
import { checkXlsxBytes } from './file-check';
import type { SheetGrid } from '../../app/port';
import { InputError } from '../../domain/errors';
import { entryBytes, inflateAnywhere, storedBytes, zipEntries, ZipError, type Inflate, type ZipEntry } from './zip';

/**
 * A values-only .xlsx reader for merging many received files fast: it inflates just the
 * workbook, shared strings, styles and sheet XML, and scans cells (value, formula, number
 * format) without building a full spreadsheet model. Formatting is not read beyond number
 * formats, and empty cells are left out, as exceljs does; exceljs stays the writer. Throws plain
 * Vietnamese messages for files it cannot use. Returns every sheet of the file as value grids.
 */
export function readGrids(name: string, data: Uint8Array, parts: PartReader = portableParts): SheetGrid[] {
  checkXlsxBytes(name, data);
  try {
    return readSheets(data, parts);
  } catch (e) {
    // Only a damaged archive is the file's fault; anything else is a bug of the reader.
    if (e instanceof ZipError) throw new InputError({ code: 'file-corrupt', file: name, detail: e.message });
    throw e;
  }
}

/** How parts are inflated and decoded: the defaults run anywhere; Node passes faster native ones. */
export interface PartReader {
  inflate: Inflate;
  /** The text of a sheet part; it may stop after "</sheetData>", all the scanner reads. */
  sheetText: (xml: Uint8Array) => string;
}

const utf8 = new TextDecoder();
const portableParts: PartReader = { inflate: inflateAnywhere, sheetText: (xml) => utf8.decode(xml) };

function readSheets(data: Uint8Array, { inflate, sheetText }: PartReader): SheetGrid[] {
  const entries = zipEntries(data);
  const text = (path: string) => {
    const entry = entries.get(path);
    return entry ? utf8.decode(entryBytes(data, entry, inflate)) : '';
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new ZipError('thiếu xl/workbook.xml');
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const styles = entries.get('xl/styles.xml');
  const formats = styles ? styleFormatsOf(data, styles, inflate) : [];
  const grids: SheetGrid[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const path = targets.get(attr(m[0], 'r:id') ?? '');
    if (!path || !entries.has(path)) continue;
    grids.push(scanSheet(decode(attr(m[0], 'name') ?? ''), sheetText(entryBytes(data, entries.get(path)!, inflate)), strings, formats));
  }
  return grids;
}

/**
 * Files made from one template share their styles part byte for byte: its number formats are
 * kept by checksum and size, confirmed on the stored bytes, so a merge reads them once.
 */
const styleCache = new Map<string, { stored: Uint8Array; formats: (string | null)[] }>();
function styleFormatsOf(data: Uint8Array, entry: ZipEntry, inflate: Inflate): (string | null)[] {
  const key = `${entry.crc}:${entry.size}:${entry.compressedSize}`;
  const stored = storedBytes(data, entry);
  const hit = styleCache.get(key);
  if (hit && sameBytes(hit.stored, stored)) return hit.formats;
  const formats = styleFormats(utf8.decode(entryBytes(data, entry, inflate)));
  if (styleCache.size >= 32) styleCache.clear();
  styleCache.set(key, { stored: stored.slice(), formats });
  return formats;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const SHARED_FORMULA = '(công thức dùng chung)';

/**
 * One indexOf walk over the cells, the bulk of the time when merging thousands of files: the
 * grids are filled row by row as the cells come, without intermediate strings for attributes.
 */
function scanSheet(name: string, xml: string, strings: string[], formats: (string | null)[]): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numFmts: (string | null)[][] = [];
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = dataStart === -1 ? -1 : xml.indexOf('</sheetData>', dataStart);
  let row = 0;
  let col = 0;
  let previous = dataStart;
  for (let at = dataEnd === -1 ? -1 : xml.indexOf('<c', dataStart); at !== -1 && at < dataEnd;) {
    const after = xml.charCodeAt(at + 2);
    if (after !== 32 && after !== 62 && after !== 47) {
      at = xml.indexOf('<c', at + 2); // "<col…", "<cfRule…"
      continue;
    }
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd === -1) break;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const bodyEnd = selfClosing ? tagEnd : xml.indexOf('</c>', tagEnd);
    if (bodyEnd === -1) break;
    const ref = attrValueAt(xml, at, tagEnd, ' r="');
    if (ref !== -1) {
      let k = ref;
      col = 0;
      for (let ch = xml.charCodeAt(k); ch >= 65 && ch <= 90; ch = xml.charCodeAt(++k)) col = col * 26 + ch - 64;
      row = digits(xml, k);
    } else {
      // No address: the next column, or the first of a new row.
      const rowTag = xml.lastIndexOf('<row', at);
      if (rowTag <= previous) col++;
      else {
        const rowAttr = attrValueAt(xml, rowTag, xml.indexOf('>', rowTag), ' r="');
        row = rowAttr === -1 ? row + 1 : digits(xml, rowAttr);
        col = 1;
      }
    }
    previous = at;
    const cell = at;
    at = xml.indexOf('<c', bodyEnd);
    if (selfClosing || row < 1 || col < 1) continue;

    // The body is short ("<v>12</v>", "<f>…</f><v>…</v>"): find its parts without searching past it.
    let vAt = -1;
    let fAt = -1;
    for (let k = xml.indexOf('<', tagEnd); k !== -1 && k < bodyEnd; k = xml.indexOf('<', k + 1)) {
      const ch = xml.charCodeAt(k + 1);
      if (ch === 118 && vAt === -1)
        vAt = k; // <v
      else if (ch === 102 && fAt === -1) fAt = k; // <f
    }
    const v = vAt === -1 ? undefined : xml.slice(vAt + 3, xml.indexOf('</v>', vAt));
    const formula = fAt === -1 ? null : formulaAt(xml, fAt);
    const typeAt = attrValueAt(xml, cell, tagEnd, ' t="');
    const type = typeAt === -1 ? 110 : xml.charCodeAt(typeAt);
    let value: CellValue = null;
    if (type === 115 && xml.charCodeAt(typeAt + 1) === 34)
      value = v === undefined ? null : (strings[Number(v)] ?? null); // "s"
    else if (type === 105)
      value = decode(texts(xml.slice(tagEnd + 1, bodyEnd))); // "inlineStr"
    else if (type === 115 || type === 101 || type === 100)
      value = v === undefined ? null : decode(v); // "str", "e", "d"
    else if (type === 98)
      value = v === undefined ? null : v === '1'; // "b"
    else if (v !== undefined && v !== '') value = Number(v);
    if (value === '') value = null;
    if (value === null && formula === null) continue;

    while (values.length < row) {
      values.push([]);
      formulas.push([]);
      numFmts.push([]);
    }
    const styleAt = attrValueAt(xml, cell, tagEnd, ' s="');
    put(values[row - 1], col, value);
    put(formulas[row - 1], col, formula);
    put(numFmts[row - 1], col, formats[styleAt === -1 ? 0 : digits(xml, styleAt)] ?? null);
  }
  return { name, values, formulas, numFmts };
}

function put<T>(line: (T | null)[], col: number, value: T | null): void {
  while (line.length < col - 1) line.push(null);
  line[col - 1] = value;
}

/** Where an attribute's value starts inside the tag xml[from, to), or -1. */
function attrValueAt(xml: string, from: number, to: number, key: string): number {
  const at = xml.indexOf(key, from);
  return at === -1 || at > to ? -1 : at + key.length;
}

function digits(xml: string, at: number): number {
  let n = 0;
  for (let ch = xml.charCodeAt(at); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++at)) n = n * 10 + ch - 48;
  return n;
}

/** The formula text at "<f"; a shared formula's followers carry none but are still formulas. */
function formulaAt(xml: string, at: number): string {
  const end = xml.indexOf('>', at);
  if (xml.charCodeAt(end - 1) === 47) return SHARED_FORMULA;
  return decode(xml.slice(end + 1, xml.indexOf('</f>', end))) || SHARED_FORMULA;
}

/** Concatenated <t> texts of a shared or inline string (phonetic runs left out). */
function texts(xml: string): string {
  let out = '';
  const clean = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  for (let i = clean.indexOf('<t'); i !== -1; i = clean.indexOf('<t', i + 2)) {
    const c = clean.charCodeAt(i + 2);
    if (c !== 62 && c !== 32) continue; // "<t>" or "<t xml:space=…>", not "<tab…"
    const start = clean.indexOf('>', i) + 1;
    out += clean.slice(start, clean.indexOf('</t>', start));
  }
  return out;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let i = xml.indexOf('<si'); i !== -1; i = xml.indexOf('<si', i + 3)) {
    const after = xml.charCodeAt(i + 3);
    if (after === 47) out.push(''); // "<si/>"
    if (after !== 62 && after !== 32) continue;
    const start = xml.indexOf('>', i) + 1;
    const end = xml.indexOf('</si>', start);
    if (end === -1) break;
    // Most strings are one plain "<t>…</t>": no runs to join.
    const plain = xml.startsWith('<t>', start) && xml.indexOf('<', start + 3) === end - 4;
    out.push(decode(plain ? xml.slice(start + 3, end - 4) : texts(xml.slice(start, end))));
    i = end;
  }
  return out;
}

/** Number format of each cell style index (cellXfs), for telling percent cells apart. */
function styleFormats(xml: string): (string | null)[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) custom.set(Number(attr(m[0], 'numFmtId')), decode(attr(m[0], 'formatCode') ?? ''));
  const builtin: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 49: '@' };
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return custom.get(id) ?? builtin[id] ?? null;
  });
}

const ATTR = new Map<string, RegExp>();
function attr(tag: string, name: string): string | undefined {
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`)));
  return re.exec(tag)?.[1];
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e],
  );
}
