import type { Catalogue } from '../catalogue/catalogue';
import type { Template } from '../catalogue/schema';
import { cellKey, parseCols, parseMarker, type SheetIdentity } from './identity';
import { parseAddress, type CellValue } from './plan';

/** A sheet's cells as read by any host (the workbook port's SheetGrid). */
export interface Grid {
  name: string;
  /** Cell values from A1, row-major, 0-based; formula cells give their last computed result. */
  values: CellValue[][];
  /** Formulas without "=" (null where the cell holds a plain value). */
  formulas: (string | null)[][];
  /** Number formats ("0.0%", "General"…), same shape as values. */
  numFmts: (string | null)[][];
  /** Cells of a received file that could not be taken (left out of the grids above). */
  damaged?: CellDamage[];
}

/** A cell a received file holds but the reader could not take: where (as written) and why. */
export interface CellDamage {
  /** The address as written ("A0", "a1", "AAAAAAAAAA200"), or as worked out when the file gave none. */
  ref: string;
  /** Row and column, when the address is one of Excel's grid. */
  row?: number;
  col?: number;
  /** address: not a cell of Excel's grid; string-index: names no shared string; number: not a finite number Excel can hold; unclosed: its value never ends. */
  problem: 'address' | 'string-index' | 'number' | 'unclosed';
  /** What the file holds there, cut to 40 characters. */
  raw?: string;
}

export interface TemplateCell {
  code: string;
  key: string;
  row: number;
  col: number;
  raw: CellValue;
  formula: string | null;
  numFmt: string | null;
}

/** How a sheet typed by hand was read as a template (see recognise/): what a person should confirm. */
export interface RecognitionFacts {
  /** The least alike label among the rows tied (1: every label as the form has it). */
  confidence: number;
  /** Rows tied to an indicator. */
  tied: number;
  /** Rows with a label that were not tied, with the indicator they came closest to. */
  unmatched: { row: number; col: number; stt: string; label: string; closest?: string }[];
  /** Indicators of the template no row was tied to. */
  missing: string[];
  /** Whether the sheet's heading named the unit and the period (otherwise they are to be given). */
  unitNamed: boolean;
  periodNamed: boolean;
}

export interface TemplateSheet {
  sheet: string;
  identity: SheetIdentity;
  /** The template of that id in the catalogue given (the layout of the file itself comes from the sheet). */
  template?: Template;
  /** Value cells by cell key (code@column). */
  cells: Map<string, TemplateCell>;
  /** Sheet row of each indicator code. */
  rowOf: Map<string, number>;
  /** Cells of the file that could not be read at all (see `Grid.damaged`). */
  damaged: CellDamage[];
  /** Present when the sheet was typed by hand and recognised, not written by the add-in. */
  recognised?: RecognitionFacts;
}

const at = <T>(g: T[][], r: number, c: number): T | null => g[r - 1]?.[c - 1] ?? null;

/** Recognises a template sheet by its hidden identity column; undefined for any other sheet. */
export function readTemplateSheet(grid: Grid, catalogue: Catalogue): TemplateSheet | undefined {
  const marker = parseMarker(at(grid.values, 1, 1));
  if (!marker) return undefined;
  const identity: SheetIdentity = {
    ...marker,
    unit: String(at(grid.values, 2, 1) ?? '').trim(),
    period: String(at(grid.values, 3, 1) ?? '').trim(),
  };
  const cells = new Map<string, TemplateCell>();
  const rowOf = new Map<string, number>();
  let cols: { key: string; col: number }[] = [];
  for (let r = 4; r <= grid.values.length; r++) {
    const a = at(grid.values, r, 1);
    const mapping = parseCols(a);
    if (mapping) {
      cols = mapping.map((m) => ({ key: m.key, col: parseAddress(`${m.col}1`).col }));
      continue;
    }
    if (typeof a !== 'string' || a.trim() === '' || !cols.length) continue;
    const code = a.trim();
    rowOf.set(code, r);
    for (const { key, col } of cols) {
      cells.set(cellKey(code, key), {
        code,
        key,
        row: r,
        col,
        raw: at(grid.values, r, col),
        formula: at(grid.formulas, r, col),
        numFmt: at(grid.numFmts, r, col),
      });
    }
  }
  return { sheet: grid.name, identity, template: catalogue.find(identity.templateId), cells, rowOf, damaged: grid.damaged ?? [] };
}
