import type { Catalogue } from '../catalogue/catalogue';
import type { Template } from '../catalogue/schema';
import type { Grid } from '../sheet/read';
import { mapValueColumns, type MappedColumn } from './columns';
import { findHeaders, type Header, type HeaderColumn } from './header';
import { readHeading, type Heading } from './heading';
import { labelKey } from './label-match';
import { mapRows, type MappedRow, type UnmatchedRow } from './rows';
import { cellText, textKey } from './text-key';

/** A sheet row tied to an indicator, with the value columns of its table. */
export interface RecognisedRow extends MappedRow {
  columns: readonly MappedColumn[];
}

/** A sheet read as one of the catalogue's templates: which rows and columns hold which indicators, and what could not be tied. */
export interface Recognition {
  template: Template;
  heading: Heading;
  headers: Header[];
  rows: RecognisedRow[];
  unmatched: UnmatchedRow[];
  /** Value columns of the sheet the template does not have. */
  unmatchedColumns: HeaderColumn[];
  /** Indicators of the template no row was tied to. */
  missing: string[];
  /** The least alike label among the rows tied (1: every label as the form has it). */
  confidence: number;
}

/** Fewer rows than this tied is no appendix, whatever the header says. */
const MIN_ROWS = 3;
/** How many templates, best first by labels typed exactly, are mapped in full. */
const TRIED = 3;

const templateKeys = new WeakMap<Template, Set<string>>();
function keysOf(t: Template): Set<string> {
  let keys = templateKeys.get(t);
  if (!keys)
    templateKeys.set(t, (keys = new Set(t.tables.flatMap((x) => x.sections.flatMap((s) => s.rows.map((r) => labelKey(r.label)))))));
  return keys;
}

interface Block {
  header: Header;
  /** The last row of the table: the row before the next header, or the sheet's last. */
  end: number;
}

function recogniseAs(grid: Grid, blocks: Block[], template: Template): Omit<Recognition, 'heading' | 'headers'> {
  const rows: RecognisedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  const unmatchedColumns: HeaderColumn[] = [];
  for (const { header, end } of blocks) {
    const cols = mapValueColumns(header, template);
    const m = mapRows(grid, header, template, end);
    unmatchedColumns.push(...cols.unmatched);
    unmatched.push(...m.unmatched);
    // A table none of whose columns is the template's gives no values: its rows are not tied.
    if (!cols.columns.length)
      unmatched.push(
        ...m.mapped.map((x) => ({
          row: x.row,
          col: x.col,
          stt: textAt(grid, header, 'stt', x.row),
          label: textAt(grid, header, 'label', x.row),
          closest: [],
        })),
      );
    else rows.push(...m.mapped.map((x) => ({ ...x, columns: cols.columns })));
  }
  // An indicator two tables claim is given to neither.
  const claims = new Map<string, number>();
  for (const r of rows) claims.set(r.code, (claims.get(r.code) ?? 0) + 1);
  const kept = rows.filter((r) => claims.get(r.code) === 1);
  for (const r of rows.filter((x) => claims.get(x.code)! > 1)) {
    const { header } = blockOf(blocks, r.row);
    unmatched.push({
      row: r.row,
      col: r.col,
      stt: textAt(grid, header, 'stt', r.row),
      label: textAt(grid, header, 'label', r.row),
      closest: [{ code: r.code, similarity: r.confidence }],
    });
  }
  const tied = new Set(kept.map((r) => r.code));
  const missing = template.tables.flatMap((t) => t.sections.flatMap((s) => s.rows.map((r) => r.code))).filter((c) => !tied.has(c));
  return {
    template,
    rows: kept,
    unmatched: unmatched.sort((a, b) => a.row - b.row),
    unmatchedColumns,
    missing,
    confidence: kept.reduce((min, r) => Math.min(min, r.confidence), 1),
  };
}

const blockOf = (blocks: Block[], row: number) => blocks.find((b) => row > b.header.bottom && row <= b.end)!;

/** What a row holds in its table's STT or label column, as text. */
function textAt(grid: Grid, header: Header, role: 'stt' | 'label', row: number): string {
  const col = header.columns.find((c) => c.role === role)?.col;
  return col ? cellText(grid.values[row - 1]?.[col - 1]) : '';
}

/**
 * Decides whether a sheet holds one of the catalogue's templates, typed by hand: finds its tables'
 * headers, tries the templates whose labels it shares most, and keeps the one that ties most rows.
 * A sheet is recognised only when at least three rows are tied and they are at least half the rows
 * that have a label; otherwise (a budget, a staff list, a table of something else) undefined.
 */
export function recogniseGrid(grid: Grid, catalogue: Catalogue): Recognition | undefined {
  const headers = findHeaders(grid);
  if (!headers.length) return undefined;
  const blocks = headers.map((header, i) => ({ header, end: (headers[i + 1]?.top ?? grid.values.length + 1) - 1 }));
  const labels = new Set(
    blocks.flatMap(({ header, end }) => {
      const out: string[] = [];
      for (let r = header.bottom + 1; r <= end; r++) out.push(textKey(textAt(grid, header, 'label', r)));
      return out;
    }),
  );
  const ranked = catalogue.templates
    .map((t) => ({ t, hits: [...labels].filter((k) => keysOf(t).has(k)).length }))
    .sort((a, b) => b.hits - a.hits);
  // Labels all typed with slips: no template shares one exactly, each is tried. Otherwise those
  // sharing at least half as many labels as the best (a form's labels typed with slips are few).
  const best0 = ranked[0]?.hits ?? 0;
  const tried = best0 ? ranked.filter((x) => x.hits * 2 >= best0).slice(0, TRIED) : ranked;
  let best: Omit<Recognition, 'heading' | 'headers'> | undefined;
  for (const { t } of tried) {
    const r = recogniseAs(grid, blocks, t);
    if (!best || r.rows.length > best.rows.length) best = r;
  }
  if (!best || best.rows.length < MIN_ROWS || best.rows.length < best.unmatched.length) return undefined;
  const heading = readHeading(grid.values.slice(0, headers[0].top - 1));
  return { ...best, heading, headers };
}
