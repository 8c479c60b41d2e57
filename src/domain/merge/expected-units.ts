import type { CellValue } from '../sheet/plan';

/** A heading above a list of units ("Đơn vị", "Tên đơn vị", "Danh sách đơn vị"), not a unit. */
const HEADING = /^(stt|(danh sách |tên )?đơn vị( phải nộp| báo cáo)?)$/iu;

/** Units expected to report, from a pasted or saved list: one a line, the first field of CSV or tab-separated lines. */
export function unitsFromText(text: string): string[] {
  // A byte-order mark is white space to `distinct`, which trims it off the first name.
  return distinct(text.split(/\r?\n/).map((line) => line.split(/[,;\t]/)[0]));
}

/**
 * Units expected to report, from a one-column sheet: the texts of its first column of names
 * (a column of numbers, such as STT, is passed over), without a heading.
 */
export function unitsFromColumn(values: CellValue[][]): string[] {
  const c = namesColumn(values);
  return c < 0 ? [] : distinct(values.map((r) => r[c]).filter((v): v is string => typeof v === 'string'));
}

/** The first column of names: mostly texts (a column of numbers, such as STT, is not); -1 when there is none. */
function namesColumn(values: CellValue[][]): number {
  const width = Math.max(0, ...values.map((r) => r.length));
  // Stryker disable next-line EqualityOperator: one column past the widest row is empty and passed over.
  for (let c = 0; c < width; c++) {
    const column = values.map((r) => r[c]).filter((v) => v !== null && v !== undefined && String(v).trim() !== '');
    const texts = column.filter((v): v is string => typeof v === 'string');
    if (texts.length && texts.length * 2 >= column.length) return c;
  }
  return -1;
}

/**
 * The group of each unit (the former district, a cluster) where the list gives one: the second
 * field of a text line, or the column right of the names in a sheet. By unit name as written.
 */
export function groupsFromText(text: string): Map<string, string> {
  return groups(text.split(/\r?\n/).map((line) => line.split(/[,;\t]/)));
}

export function groupsFromColumn(values: CellValue[][]): Map<string, string> {
  const c = namesColumn(values);
  return c < 0 ? new Map<string, string>() : groups(values.map((r) => [r[c], r[c + 1]]));
}

function groups(rows: CellValue[][]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [unit, group] of rows) {
    const name = String(unit ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const g = String(group ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (name && g && !HEADING.test(name)) out.set(name, g);
  }
  return out;
}

function distinct(names: string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name && !HEADING.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
