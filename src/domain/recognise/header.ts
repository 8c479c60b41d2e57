import type { CellValue } from '../sheet/plan';
import type { Grid } from '../sheet/read';
import { textKey } from './text-key';

/** What a column of an appendix table holds. */
export type ColumnRole = 'stt' | 'label' | 'unit' | 'value' | 'note';

/** The header words of each role, as keys (see textKey); a cell is the role whose word it is. */
const WORDS: Record<ColumnRole, readonly string[]> = {
  stt: ['stt', 'tt', 'so tt', 'so thu tu'],
  label: ['chi tieu', 'chi tieu thong ke', 'ten chi tieu', 'noi dung', 'noi dung chi tieu', 'nhiem vu tieu chi'],
  unit: ['don vi tinh', 'dvt', 'don vi'],
  value: ['so lieu', 'ket qua', 'ket qua thong ke', 'gia tri', 'so lieu thong ke'],
  note: ['ghi chu'],
};

/** A year column ("Năm 2016", "Năm 2020 (Tính đến 31/3)"): a value column of its own. */
const YEAR = /^nam (\d{4})\b/;

export interface HeaderColumn {
  col: number;
  role: ColumnRole;
  /** The header's own words (a year column's "Năm 2016"). */
  text: string;
}

/** Where a table's header is and what each of its columns holds (1-based rows and columns). */
export interface Header {
  top: number;
  bottom: number;
  columns: HeaderColumn[];
}

/** How far down a sheet a header is looked for: past the motto, title and report lines. */
const SEARCH_ROWS = 40;

/** Longer than any header word: a label or a title, not looked at. */
const MAX_HEADER_TEXT = 60;

/**
 * The role of a header cell by its words: the whole text, else its words before a second line or a
 * bracket ("Chỉ tiêu thống kê" of "Chỉ tiêu thống kê\n(Sử dụng trong kỳ báo cáo…)", as Mẫu A heads it).
 */
function roleOf(v: CellValue): { role: ColumnRole; text: string } | undefined {
  if (typeof v !== 'string') return undefined;
  const head = v.split(/[\n(]/)[0];
  if (head.length > MAX_HEADER_TEXT) return undefined;
  const key = textKey(v.length > MAX_HEADER_TEXT ? head : v);
  const headKey = textKey(head);
  if (YEAR.test(key)) return { role: 'value', text: v.trim() };
  for (const role of Object.keys(WORDS) as ColumnRole[])
    if (WORDS[role].includes(key) || WORDS[role].includes(headKey)) return { role, text: v.trim() };
  return undefined;
}

function headerAt(grid: Grid, r: number): Header | undefined {
  const rolesIn = (row: number) => {
    const out = new Map<number, { role: ColumnRole; text: string }>();
    (grid.values[row - 1] ?? []).forEach((v, i) => {
      const found = roleOf(v);
      if (found) out.set(i + 1, found);
    });
    return out;
  };
  const first = rolesIn(r);
  const roles = [...first.values()].map((x) => x.role);
  if (!roles.includes('label') || (!roles.includes('value') && !roles.includes('unit'))) return undefined;
  const second = rolesIn(r + 1);
  const merged = new Map(first);
  for (const [col, found] of second) merged.set(col, found);
  const columns = [...merged].sort(([a], [b]) => a - b).map(([col, f]) => ({ col, role: f.role, text: f.text }));
  if (!columns.some((c) => c.role === 'value')) return undefined;
  return { top: r, bottom: second.size ? r + 1 : r, columns };
}

/**
 * The first row that reads as an appendix table's header: a label column and at least one value
 * column, in any order and spelling. A second header row right below it (the form's "Đơn vị tính
 * | Số liệu" under a merged "Kết quả thống kê") refines the columns it names. Undefined for a sheet
 * with no such row (a budget table, a staff list).
 */
export function findHeader(grid: Grid): Header | undefined {
  for (let r = 1; r <= Math.min(SEARCH_ROWS, grid.values.length); r++) {
    const header = headerAt(grid, r);
    if (header) return header;
  }
  return undefined;
}

/** Every table header of a sheet, top to bottom: the first as `findHeader` finds it, then any below it (a form of several tables). */
export function findHeaders(grid: Grid): Header[] {
  const first = findHeader(grid);
  if (!first) return [];
  const headers = [first];
  for (let r = first.bottom + 1; r <= grid.values.length; r++) {
    const header = headerAt(grid, r);
    if (header) {
      headers.push(header);
      r = header.bottom;
    }
  }
  return headers;
}
