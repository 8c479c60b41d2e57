import { InternalError } from '../errors';
/**
 * A host-neutral description of a sheet to create: every cell with its content and style,
 * merges, widths, validations, protection and print setup. The template renderer produces it
 * once; the exceljs and Office.js adapters only translate it, so every host writes the same sheet.
 */
export type CellValue = string | number | boolean | null;

/** Excel's largest number: nothing beyond it can be in a cell. */
export const EXCEL_NUMBER_MAX = 9.99999999999999e307;

/** Excel's grid: rows 1 to 1,048,576, columns A to XFD. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLS = 16_384;

/** An A1 address of a cell of a sheet ("E13"), as opposed to one written where no sheet has a cell ("A0", "XFE1"). */
export function isCellAddress(a: string): boolean {
  if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a)) return false;
  const { row, col } = parseAddress(a);
  return row <= EXCEL_ROWS && col <= EXCEL_COLS;
}

/** Excel holds at most this many characters in a cell. */
export const CELL_TEXT_MAX = 32_767;

/** A value as a cell can hold it: text longer than Excel allows is cut, ending in "…". */
export function cellText(v: CellValue): CellValue {
  return typeof v === 'string' && v.length > CELL_TEXT_MAX ? `${v.slice(0, CELL_TEXT_MAX - 1)}…` : v;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
  /** Fill colour, RRGGBB. */
  fill?: string;
  border?: boolean;
  h?: 'left' | 'center' | 'right';
  v?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  numFmt?: string;
  /** Input cells are unlocked; everything else stays locked under sheet protection. */
  locked: boolean;
}

export interface PlannedCell {
  /** 1-based row and column. */
  row: number;
  col: number;
  value?: CellValue;
  /** Formula without "=", with its computed result when known. */
  formula?: string;
  result?: CellValue;
  style: string;
}

export type Validation =
  { type: 'list'; values: string[]; prompt: string } | { type: 'whole' | 'decimal'; min: number; max?: number; prompt: string };

export interface SheetPlan {
  name: string;
  /** Width in characters per column (index 0 = column A); `hidden` columns hold metadata. */
  columns: { width: number; hidden?: boolean }[];
  cells: PlannedCell[];
  styles: Record<string, CellStyle>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  rowHeights: { row: number; height: number }[];
  validations: { row: number; col: number; rule: Validation }[];
  /** Notes on cells (a doubt the source leaves about a row's text). */
  notes?: { row: number; col: number; text: string }[];
  freezeRows: number;
  /**
   * Print area from column `firstCol` (template sheets skip the hidden column A); `titleRows`
   * repeat on every page, absent where the sheet has tables of different headers; a printed page
   * starts at each row of `breaks` (a chart and its table kept on one page).
   */
  print: { landscape: boolean; titleRows?: [number, number]; firstCol: number; lastRow: number; lastCol: number; breaks?: number[] };
  protect: boolean;
  font: string;
  /** Native charts drawn from the sheet's own cells. */
  charts?: ChartPlan[];
}

/**
 * A bar chart of a block of the sheet's cells: one horizontal bar per row, labelled by one column
 * and measured by another, drawn top to bottom in the rows' order; its title above, no legend,
 * each bar's value written at its end.
 */
export interface ChartPlan {
  title: string;
  /** The series' name (what the values are). */
  series: string;
  /** 1-based rows of the bars, first to last. */
  rows: { first: number; last: number };
  /** 1-based columns of the bars' labels and of their values. */
  labelCol: number;
  valueCol: number;
  /** Values are shares: the axis runs from 0 to 100%. */
  percent: boolean;
  /** Where the chart sits: from the top-left cell to the bottom-right one, 1-based and inclusive. */
  at: { top: number; left: number; bottom: number; right: number };
}

export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function address(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

export function parseAddress(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.toUpperCase());
  if (!m) throw new InternalError(`Invalid cell address: ${a}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}
