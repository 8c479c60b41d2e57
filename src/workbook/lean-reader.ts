import { strFromU8, unzipSync } from 'fflate';
import type { CellValue } from '../domain/sheet/plan';
import { checkXlsxBytes } from './file-check';
import type { SheetGrid } from './port';

/**
 * A values-only .xlsx reader for merging many received files fast: it inflates just the
 * workbook, shared strings, styles and sheet XML, and scans cells (value, formula, number
 * format) without building a full spreadsheet model. Formatting is not read beyond number
 * formats; exceljs stays the writer. Throws plain Vietnamese messages for files it cannot use.
 * Returns every sheet of the file as value grids.
 */
export function readGrids(name: string, data: Uint8Array): SheetGrid[] {
  checkXlsxBytes(name, data);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) =>
        f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name === 'xl/sharedStrings.xml' || f.name === 'xl/styles.xml' || f.name.startsWith('xl/worksheets/sheet'),
    });
  } catch (e) {
    throw new Error(`Tệp "${name}" bị hỏng hoặc không đúng định dạng .xlsx (${(e as Error).message}).`);
  }
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : '');
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new Error(`Tệp "${name}" bị hỏng hoặc không đúng định dạng .xlsx (thiếu xl/workbook.xml).`);
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const formats = styleFormats(text('xl/styles.xml'));
  const grids: SheetGrid[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const sheetName = decode(attr(m[0], 'name') ?? '');
    const path = targets.get(attr(m[0], 'r:id') ?? '');
    if (!path || !files[path]) continue;
    grids.push(scanSheet(sheetName, strFromU8(files[path]), strings, formats));
  }
  return grids;
}

const SHARED_FORMULA = '(công thức dùng chung)';

function scanSheet(name: string, xml: string, strings: string[], formats: (string | null)[]): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numFmts: (string | null)[][] = [];
  // A plain indexOf walk over the cells: the bulk of the time when merging thousands of files.
  for (let i = xml.indexOf('<c ', xml.indexOf('<sheetData')); i !== -1; ) {
    const tagEnd = xml.indexOf('>', i);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const attrs = xml.slice(i + 2, selfClosing ? tagEnd - 1 : tagEnd);
    let body = '';
    let next = tagEnd + 1;
    if (!selfClosing) {
      const end = xml.indexOf('</c>', tagEnd);
      body = xml.slice(tagEnd + 1, end);
      next = end + 4;
    }
    i = xml.indexOf('<c ', next);
    const ref = quoted(attrs, ' r="');
    if (!ref) continue;
    const { row, col } = cellRef(ref);
    const type = quoted(attrs, ' t="');
    const style = Number(quoted(attrs, ' s="') ?? 0);
    const v = between(body, '<v>', '</v>');
    let value: CellValue = null;
    if (type === 's') value = v === undefined ? null : strings[Number(v)] ?? null;
    else if (type === 'inlineStr') value = decode(texts(body));
    else if (type === 'str' || type === 'e') value = v === undefined ? null : decode(v);
    else if (type === 'b') value = v === undefined ? null : v === '1';
    else if (v !== undefined && v !== '') value = Number(v);
    if (value === '') value = null;
    (values[row - 1] ??= [])[col - 1] = value;
    (formulas[row - 1] ??= [])[col - 1] = formulaOf(body);
    (numFmts[row - 1] ??= [])[col - 1] = formats[style] ?? null;
  }
  const dense = <T>(g: T[][]): T[][] => Array.from({ length: g.length }, (_, r) => Array.from({ length: g[r]?.length ?? 0 }, (_, c) => g[r]?.[c] ?? (null as T)));
  return { name, values: dense(values), formulas: dense(formulas), numFmts: dense(numFmts) };
}

/** The formula text of a cell body; a shared formula's followers carry none but are still formulas. */
function formulaOf(body: string): string | null {
  const at = body.indexOf('<f');
  if (at === -1) return null;
  const end = body.indexOf('>', at);
  if (body.charCodeAt(end - 1) === 47) return SHARED_FORMULA;
  return decode(body.slice(end + 1, body.indexOf('</f>', end))) || SHARED_FORMULA;
}

function quoted(attrs: string, key: string): string | undefined {
  const at = attrs.indexOf(key);
  if (at === -1) return undefined;
  const start = at + key.length;
  return attrs.slice(start, attrs.indexOf('"', start));
}

function between(s: string, open: string, close: string): string | undefined {
  const at = s.indexOf(open);
  return at === -1 ? undefined : s.slice(at + open.length, s.indexOf(close, at));
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

function cellRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return { row: Number(ref.slice(i)), col };
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let i = xml.indexOf('<si>'); i !== -1; ) {
    const end = xml.indexOf('</si>', i);
    out.push(decode(texts(xml.slice(i + 4, end))));
    i = xml.indexOf('<si>', end);
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
