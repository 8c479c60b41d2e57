import { strFromU8, unzipSync } from 'fflate';
import type { CellValue } from '../domain/sheet/plan';
import { parseAddress } from '../domain/sheet/plan';
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
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1];
    const ref = attr(attrs, 'r');
    if (!ref) continue;
    const { row, col } = parseAddress(ref);
    const body = m[2] ?? '';
    const type = attr(attrs, 't');
    const style = Number(attr(attrs, 's') ?? 0);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    let value: CellValue = null;
    if (type === 's') value = v === undefined ? null : strings[Number(v)] ?? null;
    else if (type === 'inlineStr') value = decode([...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
    else if (type === 'str' || type === 'e') value = v === undefined ? null : decode(v);
    else if (type === 'b') value = v === undefined ? null : v === '1';
    else if (v !== undefined && v !== '') value = Number(v);
    if (value === '') value = null;
    (values[row - 1] ??= [])[col - 1] = value;
    // A shared formula's followers carry no text of their own; they are still formulas.
    (formulas[row - 1] ??= [])[col - 1] = f ? decode(f[1] ?? '') || SHARED_FORMULA : null;
    (numFmts[row - 1] ??= [])[col - 1] = formats[style] ?? null;
  }
  const dense = <T>(g: T[][]): T[][] => Array.from({ length: g.length }, (_, r) => Array.from({ length: g[r]?.length ?? 0 }, (_, c) => g[r]?.[c] ?? (null as T)));
  return { name, values: dense(values), formulas: dense(formulas), numFmts: dense(numFmts) };
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    decode(
      [...si[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
    ),
  );
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
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e],
  );
}
