import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Row, Section, Template } from '../../src/domain/catalogue/schema';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import type { CellValue } from '../../src/domain/sheet/plan';
import type { Grid } from '../../src/domain/sheet/read';
import { template } from './templates';

/**
 * Appendix sheets as units type them by hand from the Word form, written straight from the
 * template's data (never through the add-in's renderer): the oracle of recognition is the code
 * each generated row was written for.
 */
export type Role = 'stt' | 'label' | 'unit' | 'value' | 'note';

export interface HandMade {
  /** Columns left to right. */
  columns: Role[];
  /** Header words of each role; a year form writes its years' own headers. */
  words?: Partial<Record<Role, string>>;
  /** "Kết quả thống kê" merged over "Đơn vị tính | Số liệu" on a second header row (one-value forms). */
  twoRowHeader?: boolean;
  /** Every text folded to ASCII, as typed without a Vietnamese keyboard. */
  ascii?: boolean;
  /** Blank rows and columns before the sheet's heading. */
  top?: number;
  left?: number;
  /** A blank row after each section, a note row in the label column after some rows. */
  blankRows?: boolean;
  noteRows?: boolean;
  /** Numbers typed as text, Vietnamese-style ("17.465", "71,4%"). */
  numbersAsText?: boolean;
  /** Labels typed with a slip (a letter lost) for these codes. */
  slips?: string[];
  /** Each STT typed one row down (the STT column shifted against the labels). */
  sttShifted?: boolean;
  /** Rows (or whole sections by their code) left out. */
  drop?: string[];
  /** Heading lines above the table (the unit and the period as the unit writes them). */
  heading?: string[];
  /** Rows typed below the table (a second table, a signature). */
  after?: CellValue[][];
  /** Year columns in this order (year forms), by key. */
  years?: string[];
}

/** The values a sheet holds, by cell key ("I.2@value", "1@y2016"). */
export type Data = Map<string, CellValue>;

/** The Mẫu A figures of a sample commune (assets/samples), typed as the CSV has them: plain integers as numbers, the rest as text. */
export function sampleData(file: string): Data {
  const csv = readFileSync(resolve(__dirname, '../../assets/samples', file), 'utf8');
  const kinds = new Map(template('dinh-ky').tables[0].sections.flatMap((s) => s.rows.map((r) => [r.code, r.kind])));
  return new Map(
    parseValuesCsv(csv).map((e) => [
      `${e.code}@value`,
      kinds.get(e.code) !== 'percent' && /^(0|[1-9]\d*)$/.test(e.value) ? Number(e.value) : e.value,
    ]),
  );
}

export const asciiFold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const DEFAULT_WORDS: Record<Role, string> = {
  stt: 'STT',
  label: 'Chỉ tiêu thống kê',
  unit: 'Đơn vị tính',
  value: 'Số liệu',
  note: 'Ghi chú',
};

/** The STT a form prints for a row: its own, or its code without the section's prefix. */
const sttOf = (row: Row, section: Section) =>
  row.stt ?? (section.code && row.code.startsWith(`${section.code}.`) ? row.code.slice(section.code.length + 1) : row.code);

/** "17465" → "17.465", 0.714 (a percent) → "71,4%". */
function typedText(v: CellValue, percent: boolean): CellValue {
  if (typeof v !== 'number') return v;
  if (percent) return `${String(Math.round(v * 1000) / 10).replace('.', ',')}%`;
  const [int, frac] = String(v).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '');
}

/** A letter lost in the middle of the label's longest word. */
const slip = (label: string) => {
  const words = label.split(' ');
  const i = words.reduce((best, w, j) => (w.length > words[best].length ? j : best), 0);
  words[i] = words[i].slice(0, 2) + words[i].slice(3);
  return words.join(' ');
};

/** A hand-made sheet of a template holding `data`; `codeAt` gives the code each row was written for. */
export function handMade(t: Template, data: Data, opts: HandMade): { grid: Grid; codeAt: Map<number, string> } {
  const table = t.tables[0];
  const valueCols = table.columns.filter((c) => c.role === 'value');
  const yearKeys = opts.years ?? valueCols.map((c) => c.key);
  const oneValue = valueCols.length === 1;
  const words = { ...DEFAULT_WORDS, ...opts.words };
  const fold = (v: CellValue) => (opts.ascii && typeof v === 'string' ? asciiFold(v) : v);
  const rows: CellValue[][] = [];
  const codeAt = new Map<number, string>();
  const put = (cells: CellValue[]) => rows.push([...Array<CellValue>(opts.left ?? 0).fill(null), ...cells.map(fold)]);
  for (let i = 0; i < (opts.top ?? 0); i++) rows.push([]);
  for (const line of opts.heading ?? []) put([line]);
  put([]);
  const expand = (role: Role, pick: (r: Role, key?: string) => CellValue) =>
    role === 'value' && !oneValue ? yearKeys.map((k) => pick(role, k)) : [pick(role)];
  const headerText = (role: Role, key?: string) => (key ? valueCols.find((c) => c.key === key)!.header : words[role]);
  if (opts.twoRowHeader && oneValue) {
    put(opts.columns.flatMap((r) => (r === 'unit' ? ['Kết quả thống kê'] : r === 'value' ? [null] : [words[r]])));
    put(opts.columns.flatMap((r) => (r === 'unit' || r === 'value' ? [words[r]] : [null])));
  } else put(opts.columns.flatMap((r) => expand(r, headerText)));
  const dropped = new Set(opts.drop ?? []);
  const lines: { stt: string; label: string; unit: string; code?: string; percent?: boolean }[] = [];
  for (const section of table.sections) {
    if (section.code && dropped.has(section.code)) continue;
    if (section.code || section.title) lines.push({ stt: section.code ?? '', label: section.title ?? '', unit: '' });
    for (const row of section.rows) {
      if (dropped.has(row.code)) continue;
      const label = opts.slips?.includes(row.code) ? slip(row.label) : row.label;
      lines.push({ stt: sttOf(row, section), label, unit: row.unit ?? '', code: row.code, percent: row.kind === 'percent' });
    }
    if (opts.blankRows) lines.push({ stt: '', label: '', unit: '' });
  }
  lines.forEach((line, i) => {
    const stt = opts.sttShifted ? (lines[i - 1]?.stt ?? '') : line.stt;
    const pick = (role: Role, key?: string): CellValue => {
      if (role === 'stt') return stt || null;
      if (role === 'label') return line.label || null;
      if (role === 'unit') return line.unit || null;
      if (role === 'note') return null;
      const v = line.code ? (data.get(`${line.code}@${key ?? valueCols[0].key}`) ?? null) : null;
      return opts.numbersAsText ? typedText(v, !!line.percent) : v;
    };
    put(opts.columns.flatMap((r) => expand(r, pick)));
    if (line.code) codeAt.set(rows.length, line.code);
    if (opts.noteRows && line.code && i % 17 === 5)
      put(opts.columns.map((r) => (r === 'label' ? 'Ghi chú: số liệu tính đến ngày báo cáo' : null)));
  });
  for (const r of opts.after ?? []) put(r);
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  return { grid: { name: 'Sheet1', values, formulas: [], numFmts: [] }, codeAt };
}

/** A grid written to an .xlsx by exceljs, as a unit's own workbook (no add-in marks); `merge` merges cells ("D9:E9"). */
export async function gridXlsx(grid: Grid, merge: string[] = []): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const m of merge) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
