import { rowsByCode } from '../catalogue/rows';
import { address, parseAddress } from '../sheet/plan';
import type { TemplateSheet } from '../sheet/read';
import { checkSheet } from '../validate/validate';

/** One value of one unit's report, in long format: one row per unit, period, template, indicator and column. */
export interface LongRow {
  unit: string;
  period: string;
  template: string;
  version: string;
  code: string;
  column: string;
  label: string;
  unitOfMeasure: string;
  /** As read by the indicator's kind: a number (a percentage as a fraction), a code's value, a text; null when blank. */
  value: number | string | null;
  /** A ratio or total computed by the sheet's own formula (a value typed over the formula is a reported value, not this). */
  computed: boolean;
  /** The cell holds something that cannot be read as its kind (its text is the value then). */
  unreadable: boolean;
  sourceFile: string;
  sheet: string;
  cell: string;
}

/** The columns of the CSV, in order: names without spaces or diacritics, for spreadsheets and databases alike. */
export const LONG_COLUMNS = [
  'unit',
  'period',
  'template',
  'version',
  'code',
  'column',
  'label',
  'unit_of_measure',
  'value',
  'computed',
  'unreadable',
  'source_file',
  'sheet',
  'cell',
] as const;

/** Every value cell of a template sheet (the add-in's or recognised) as long rows, in sheet order. */
export function longRows(sheet: TemplateSheet, sourceFile: string): LongRow[] {
  const template = sheet.template!;
  const rows = rowsByCode(template);
  const { readings } = checkSheet(sheet, template);
  const out: LongRow[] = [];
  for (const r of readings.values()) {
    if (r.kind === 'group') continue;
    const row = rows.get(r.cell.code)!;
    out.push({
      unit: sheet.identity.unit,
      period: sheet.identity.period,
      template: template.id,
      version: template.version,
      code: r.cell.code,
      column: r.cell.key,
      label: row.label,
      unitOfMeasure: row.unit ?? '',
      value: r.readable ? r.value : String(r.cell.raw ?? ''),
      computed: r.live,
      unreadable: !r.readable,
      sourceFile,
      sheet: sheet.sheet,
      cell: address(r.cell.row, r.cell.col),
    });
  }
  // Row by row, and along a row by column number (B before AA).
  const at = new Map(out.map((r) => [r, parseAddress(r.cell)]));
  return out.sort((a, b) => at.get(a)!.row - at.get(b)!.row || at.get(a)!.col - at.get(b)!.col);
}

/** A text a spreadsheet would take for a formula ("=1+1", "+84…", "-x", "@SUM"), or a tab or return that could start one. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV field: a text that could start a formula is given a leading apostrophe (shown as text by spreadsheets, removed on import). */
function field(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'x' : '';
  if (typeof v === 'number') return String(v);
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Long rows as CSV text: UTF-8 with a byte order mark (so that Excel shows the diacritics),
 * comma-separated, a header line of LONG_COLUMNS, numbers with "." as decimal mark.
 */
export function longCsv(rows: readonly LongRow[]): string {
  const lines = [LONG_COLUMNS.join(',')];
  for (const r of rows)
    lines.push(
      [
        r.unit,
        r.period,
        r.template,
        r.version,
        r.code,
        r.column,
        r.label,
        r.unitOfMeasure,
        r.unreadable ? String(r.value ?? '') : r.value,
        r.computed,
        r.unreadable,
        r.sourceFile,
        r.sheet,
        r.cell,
      ]
        .map(field)
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
