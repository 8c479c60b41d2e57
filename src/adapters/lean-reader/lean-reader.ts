import { EXCEL_NUMBER_MAX, type CellValue } from '../../domain/sheet/plan';
import type { CellDamage } from '../../domain/sheet/read';
import { checkXlsxBytes } from './file-check';
import type { SheetGrid } from '../../app/port';
import { InputError } from '../../domain/errors';
import { LIMITS, LimitError } from './limits';
import {
  crc32Anywhere,
  entryBytes,
  inflateAnywhere,
  storedBytes,
  zipEntries,
  ZipError,
  type Crc32,
  type Inflate,
  type ZipEntry,
} from './zip';

/**
 * A values-only .xlsx reader for merging many received files fast: it inflates just the
 * workbook, shared strings, styles and sheet XML, and scans cells (value, formula, number
 * format) without building a full spreadsheet model. Formatting is not read beyond number
 * formats, and empty cells are left out, as exceljs does; exceljs stays the writer.
 *
 * Received files are hostile: every limit of `LIMITS` is checked while reading, every part is
 * checked against its CRC, and a cell that cannot be taken is listed in its grid's `damaged`
 * (never silently read as empty). A file it cannot use is an InputError naming the file and why.
 */
export function readGrids(name: string, data: Uint8Array, parts: PartReader = portableParts): SheetGrid[] {
  checkXlsxBytes(name, data);
  try {
    return readSheets(name, data, parts);
  } catch (e) {
    // Only a damaged or oversized archive is the file's fault; anything else is a bug of the reader.
    if (e instanceof ZipError) throw new InputError({ code: 'file-corrupt', file: name, damage: e.damage });
    if (e instanceof LimitError) throw new InputError({ code: 'file-limit', file: name, limit: e.limit, max: e.max, part: e.part });
    throw e;
  }
}

/** How parts are inflated, checked and decoded: the defaults run anywhere; Node passes faster native ones. */
export interface PartReader {
  inflate: Inflate;
  crc32: Crc32;
  /**
   * The text of a sheet part; it may stop after "</sheetData>", all the scanner reads. Returns
   * undefined when the bytes are not UTF-8.
   */
  sheetText: (xml: Uint8Array) => string | undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** UTF-8 text, or undefined for bytes that are not UTF-8 (never U+FFFD without a word). */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}
const portableParts: PartReader = { inflate: inflateAnywhere, crc32: crc32Anywhere, sheetText: utf8Text };

function readSheets(name: string, data: Uint8Array, { inflate, crc32, sheetText }: PartReader): SheetGrid[] {
  const entries = zipEntries(data);
  // A macro project inside a file named .xlsx: refused as a macro workbook is.
  if (entries.has('xl/vbaProject.bin')) throw new InputError({ code: 'file-xlsm', file: name });
  let inflated = 0;
  const bytesOf = (entry: ZipEntry) => {
    inflated += entry.size;
    if (inflated > LIMITS.totalBytes) throw new LimitError('total-size', LIMITS.totalBytes);
    return entryBytes(data, entry, inflate, crc32);
  };
  const decoded = (entry: ZipEntry, decode: (b: Uint8Array) => string | undefined) => {
    const xml = decode(bytesOf(entry));
    if (xml === undefined) throw new ZipError({ reason: 'not-utf8', part: entry.name });
    // The reader expands no entities but the five of XML: a part that declares its own is refused.
    if (/<!(DOCTYPE|ENTITY)/i.test(xml.slice(0, 4096))) throw new ZipError({ reason: 'doctype', part: entry.name });
    return xml;
  };
  const text = (path: string) => {
    const entry = entries.get(path);
    return entry ? decoded(entry, utf8Text) : '';
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new ZipError({ reason: 'workbook-missing' });
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const styles = entries.get('xl/styles.xml');
  const formats = styles ? styleFormatsOf(data, styles, (e) => decoded(e, utf8Text)) : [];
  const grids: SheetGrid[] = [];
  const budget = { cells: LIMITS.cells, slots: LIMITS.gridSlots };
  const read = new Set<string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const path = targets.get(attr(m[0], 'r:id') ?? '');
    const entry = path ? entries.get(path) : undefined;
    // Two entries naming one part are one sheet (Excel keeps the first): read once, not twice.
    if (!entry || read.has(entry.name)) continue;
    read.add(entry.name);
    grids.push(scanSheet(decode(attr(m[0], 'name') ?? ''), decoded(entry, sheetText), strings, formats, budget));
  }
  return grids;
}

/**
 * Files made from one template share their styles part byte for byte: its number formats are
 * kept by checksum and size, confirmed on the stored bytes, so a merge reads them once.
 */
const styleCache = new Map<string, { stored: Uint8Array; formats: (string | null)[] }>();
function styleFormatsOf(data: Uint8Array, entry: ZipEntry, text: (e: ZipEntry) => string): (string | null)[] {
  const key = `${entry.crc}:${entry.size}:${entry.compressedSize}`;
  const stored = storedBytes(data, entry);
  const hit = styleCache.get(key);
  if (hit && sameBytes(hit.stored, stored)) return hit.formats;
  const formats = styleFormats(text(entry));
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
/** Past this many damaged cells a file is not a report worth reading cell by cell. */
const MAX_DAMAGED = 1000;
/** Attribute keys searched for: a cell's address, style and type, and a row's number (its own slot: rows are searched apart from cells). */
const KEYS = [' r="', ' s="', ' t="', ' r="'];
const [R, S, T, ROW_R] = [0, 1, 2, 3] as const;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One indexOf walk over the cells, the bulk of the time when merging thousands of files: the
 * grids are filled row by row as the cells come, without intermediate strings for attributes.
 * Every search stays within the cell or row tag it is about, so time grows with the sheet's size.
 */
function scanSheet(
  name: string,
  xml: string,
  strings: string[],
  formats: (string | null)[],
  budget: { cells: number; slots: number },
): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numFmts: (string | null)[][] = [];
  const damaged: CellDamage[] = [];
  const damage = (d: CellDamage) => {
    if (damaged.push(d) > MAX_DAMAGED) throw new ZipError({ reason: 'cells-damaged', count: MAX_DAMAGED });
  };
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = dataStart === -1 ? -1 : xml.indexOf('</sheetData>', dataStart);
  // Cell data that begins and never ends: the part was cut or garbled, and its cells cannot be trusted.
  if (dataStart !== -1 && dataEnd === -1 && xml.charCodeAt(xml.indexOf('>', dataStart) - 1) !== 47)
    throw new ZipError({ reason: 'sheet-unfinished', sheet: name });
  // Where each attribute key next occurs: tags come in order, so each key is searched
  // for once through the sheet, not again from every cell (quadratic on sheets of plain cells).
  const nextAt = [-2, -2, -2, -2];
  const attrValueAt = (from: number, to: number, key: 0 | 1 | 2 | 3) => {
    let at = nextAt[key];
    if (at === -2 || (at !== -1 && at < from)) nextAt[key] = at = xml.indexOf(KEYS[key], from);
    return at !== -1 && at < to ? at + 4 : -1;
  };
  let row = 0;
  let col = 0;
  let previousCell = dataStart;
  /** A cell's address as written (cut to 40 characters), or as worked out when it has none; made only for reports. */
  const refText = (ref: number, refEnd: number) => (ref === -1 ? `R${row}C${col}` : xml.slice(ref, Math.min(refEnd, ref + 40)));
  let nextRowTag = dataEnd === -1 ? -1 : rowTagAfter(xml, dataStart);
  for (let at = dataEnd === -1 ? -1 : xml.indexOf('<c', dataStart); at !== -1 && at < dataEnd;) {
    const after = xml.charCodeAt(at + 2);
    if (after !== 32 && after !== 62 && after !== 47) {
      at = xml.indexOf('<c', at + 2); // "<col…", "<cfRule…"
      continue;
    }
    const tagEnd = xml.indexOf('>', at);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const bodyEnd = selfClosing ? tagEnd : xml.indexOf('</c>', tagEnd);
    if (tagEnd === -1 || bodyEnd === -1 || bodyEnd > dataEnd) throw new ZipError({ reason: 'sheet-unfinished', sheet: name });
    const cell = at;
    at = xml.indexOf('<c', bodyEnd);
    if (--budget.cells < 0) throw new LimitError('cells', LIMITS.cells);

    const ref = attrValueAt(cell, tagEnd, R);
    const refEnd = ref === -1 ? -1 : xml.indexOf('"', ref);
    if (ref !== -1) {
      const place = cellAddress(xml, ref, refEnd);
      if (!place) {
        if (!selfClosing) damage({ ref: refText(ref, refEnd), problem: 'address' });
        previousCell = cell;
        continue;
      }
      ({ row, col } = place);
    } else {
      // No address: the next column, or the first of the row begun since the last cell (rows
      // without a number follow the one before). Row tags are passed only here, when needed.
      let newRow = false;
      while (nextRowTag !== -1 && nextRowTag < cell) {
        // Rows before the previous cell are already counted (its row is known).
        if (nextRowTag > previousCell) {
          newRow = true;
          const rowAttr = attrValueAt(nextRowTag, xml.indexOf('>', nextRowTag), ROW_R);
          row = rowAttr === -1 ? row + 1 : digits(xml, rowAttr);
        }
        nextRowTag = rowTagAfter(xml, nextRowTag + 4);
      }
      col = newRow ? 1 : col + 1;
      if (row < 1 || row > LIMITS.rows || col > LIMITS.cols) {
        if (!selfClosing) damage({ ref: refText(ref, refEnd), problem: 'address' });
        previousCell = cell;
        continue;
      }
    }
    previousCell = cell;
    if (selfClosing) continue;

    // The body is short ("<v>12</v>", "<f>…</f><v>…</v>"): find its parts without searching past it.
    let vAt = -1;
    let fAt = -1;
    for (let k = xml.indexOf('<', tagEnd); k !== -1 && k < bodyEnd; k = xml.indexOf('<', k + 1)) {
      const ch = xml.charCodeAt(k + 1);
      if (ch === 118 && vAt === -1)
        vAt = k; // <v
      else if (ch === 102 && fAt === -1) fAt = k; // <f
    }
    const vEnd = vAt === -1 ? -1 : xml.indexOf('</v>', vAt);
    const fEnd = fAt === -1 ? -1 : xml.indexOf('>', fAt);
    if ((vAt !== -1 && (vEnd === -1 || vEnd > bodyEnd)) || (fAt !== -1 && (fEnd === -1 || fEnd > bodyEnd))) {
      damage({ ref: refText(ref, refEnd), row, col, problem: 'unclosed' });
      continue;
    }
    const v = vAt === -1 ? undefined : xml.slice(vAt + 3, vEnd);
    const formula = fAt === -1 ? null : formulaAt(xml, fEnd, bodyEnd);
    const typeAt = attrValueAt(cell, tagEnd, T);
    const type = typeAt === -1 ? 110 : xml.charCodeAt(typeAt);
    let value: CellValue = null;
    if (type === 115 && xml.charCodeAt(typeAt + 1) === 34) {
      // "s": an index into the shared strings.
      if (v !== undefined) {
        const index = sharedIndex(v);
        if (index < 0 || index >= strings.length) {
          damage({ ref: refText(ref, refEnd), row, col, problem: 'string-index', raw: v.slice(0, 40) });
          continue;
        }
        value = strings[index];
      }
    } else if (type === 105)
      value = decode(texts(xml.slice(tagEnd + 1, bodyEnd))); // "inlineStr"
    else if (type === 115 || type === 101 || type === 100)
      value = v === undefined ? null : decode(v); // "str", "e", "d"
    else if (type === 98)
      value = v === undefined ? null : v === '1'; // "b"
    else if (v !== undefined && v !== '') {
      // Decimal notation only, as the file format has it ("0x1F", " " and "1e999" are not numbers here).
      value = NUMBER.test(v) ? Number(v) : NaN;
      if (!Number.isFinite(value) || Math.abs(value) > EXCEL_NUMBER_MAX || !heldExactly(v, value)) {
        damage({ ref: refText(ref, refEnd), row, col, problem: 'number', raw: v.slice(0, 40) });
        continue;
      }
    }
    if (typeof value === 'string' && value.length > LIMITS.stringLength)
      throw new LimitError('string-length', LIMITS.stringLength, `${name}!${refText(ref, refEnd)}`);
    if (value === '') value = null;
    if (value === null && formula === null) continue;

    // The grids grow row by row and cell by cell: bounded, so a cell far out cannot take the memory.
    budget.slots -= Math.max(0, row - values.length) + Math.max(0, col - (values[row - 1]?.length ?? 0));
    if (budget.slots < 0) throw new LimitError('area', LIMITS.gridSlots);
    while (values.length < row) {
      values.push(NO_CELLS);
      formulas.push(NO_CELLS);
      numFmts.push(NO_CELLS);
    }
    if (values[row - 1] === NO_CELLS) {
      values[row - 1] = [];
      formulas[row - 1] = [];
      numFmts[row - 1] = [];
    }
    const styleAt = attrValueAt(cell, tagEnd, S);
    put(values[row - 1], col, value);
    put(formulas[row - 1], col, formula);
    put(numFmts[row - 1], col, formats[styleAt === -1 ? 0 : digits(xml, styleAt)] ?? null);
  }
  return damaged.length ? { name, values, formulas, numFmts, damaged } : { name, values, formulas, numFmts };
}

/**
 * The row of every row above a cell that holds none: one frozen array shared by them all, so a cell
 * far down a sheet costs a pointer per row above it rather than three arrays (and nothing can be
 * written into it by mistake).
 */
const NO_CELLS: never[] = Object.freeze([]) as never[];

/** Where the next "<row" tag starts (not "<rowBreaks"), or -1. */
function rowTagAfter(xml: string, from: number): number {
  for (let at = xml.indexOf('<row', from); at !== -1; at = xml.indexOf('<row', at + 4)) {
    const ch = xml.charCodeAt(at + 4);
    if (ch === 32 || ch === 62 || ch === 47) return at;
  }
  return -1;
}

/** Excel's smallest normal number: below it (a subnormal), Excel reads 0. */
const SMALLEST = 2.2250738585072014e-308;

/**
 * Whether a number as written is one Excel holds as written: an integer of more than 15
 * significant digits (a code, an account number typed as a number) is rounded there and by
 * doubles, and a value nearer 0 than Excel's smallest is 0 there. Both are refused, as damaged,
 * rather than read as another number. (Fractions are written by Excel itself with 17 digits.)
 */
function heldExactly(text: string, value: number): boolean {
  if (value !== 0 && Math.abs(value) < SMALLEST) return false;
  const integer = /^[+-]?0*(\d*?)0*$/.exec(text);
  return !integer || integer[1].length <= 15;
}

/** The row and column of an address such as "AB12" in xml[from, to), when it is a cell of Excel's grid. */
function cellAddress(xml: string, from: number, to: number): { row: number; col: number } | undefined {
  let k = from;
  let col = 0;
  for (let ch = xml.charCodeAt(k); k < to && ch >= 65 && ch <= 90; ch = xml.charCodeAt(++k)) col = col * 26 + ch - 64;
  if (k === from || k - from > 3 || col > LIMITS.cols) return undefined;
  const digitsFrom = k;
  let row = 0;
  for (let ch = xml.charCodeAt(k); k < to && ch >= 48 && ch <= 57; ch = xml.charCodeAt(++k)) row = row * 10 + ch - 48;
  if (k !== to || k === digitsFrom || k - digitsFrom > 7 || row < 1 || row > LIMITS.rows) return undefined;
  return { row, col };
}

function put<T>(line: (T | null)[], col: number, value: T | null): void {
  while (line.length < col - 1) line.push(null);
  line[col - 1] = value;
}

/** A shared-string index as written: up to nine digits, or -1. */
function sharedIndex(v: string): number {
  if (v.length === 0 || v.length > 9) return -1;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const ch = v.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + ch - 48;
  }
  return n;
}

function digits(xml: string, at: number): number {
  let n = 0;
  for (let ch = xml.charCodeAt(at), k = 0; ch >= 48 && ch <= 57 && k < 9; ch = xml.charCodeAt(++at), k++) n = n * 10 + ch - 48;
  return n;
}

/** The formula text of the "<f" tag ending at `tagEnd`; a shared formula's followers carry none but are still formulas. */
function formulaAt(xml: string, tagEnd: number, bodyEnd: number): string {
  if (xml.charCodeAt(tagEnd - 1) === 47) return SHARED_FORMULA;
  const close = xml.indexOf('</f>', tagEnd);
  if (close === -1 || close > bodyEnd) return SHARED_FORMULA;
  return decode(xml.slice(tagEnd + 1, close)) || SHARED_FORMULA;
}

/** Concatenated <t> texts of a shared or inline string (phonetic runs left out). */
function texts(xml: string): string {
  let out = '';
  const clean = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  for (let i = clean.indexOf('<t'); i !== -1; i = clean.indexOf('<t', i + 2)) {
    const c = clean.charCodeAt(i + 2);
    if (c !== 62 && c !== 32) continue; // "<t>" or "<t xml:space=…>", not "<tab…"
    const start = clean.indexOf('>', i) + 1;
    const end = clean.indexOf('</t>', start);
    if (end === -1) break;
    out += clean.slice(start, end);
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
    const text = decode(plain ? xml.slice(start + 3, end - 4) : texts(xml.slice(start, end)));
    if (text.length > LIMITS.stringLength) throw new LimitError('string-length', LIMITS.stringLength, 'xl/sharedStrings.xml');
    if (out.push(text) > LIMITS.sharedStrings) throw new LimitError('strings', LIMITS.sharedStrings);
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

/**
 * The text as a string of its own. A slice of a part's text keeps the whole part alive in V8: a
 * merge that kept each unit's name kept every unit's shared strings (27 KB a unit). Strings under
 * 13 characters are always copied; a longer one is copied by joining it to another first.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML text with its entities resolved; a character reference that names no character is kept as written. */
function decode(s: string): string {
  if (!s.includes('&')) return detached(s);
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, e: string) => {
    if (e[0] !== '#') return ENTITY[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
