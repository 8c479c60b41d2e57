import type { Template } from '../catalogue/schema';
import { rowsByCode } from '../catalogue/rows';
import { valueCell, valueCells } from '../cells/value-cells';
import { computeDerived } from '../compute/derive';
import type { Num } from '../expr';
import { cellKey } from '../sheet/identity';
import { address, type CellValue } from '../sheet/plan';
import type { TemplateCell, TemplateSheet } from '../sheet/read';
import { interpret } from '../values/interpret';
import type { ReadProblem } from '../messages/findings';
import type { CsvEntry } from './csv';

export type FillStatus = 'written' | 'unknown-code' | 'unreadable' | 'no-value-cell' | 'given-again' | 'computed';

/** Why an entry of a values file was not written, as facts. */
export type FillProblem =
  | { kind: 'unknown-code'; template: string }
  /** The code names no single cell: no such column on the sheet, or several columns (`cells` lists them). */
  | { kind: 'cell-unknown'; cells: string[] }
  | { kind: 'column-unknown'; template: string; column: string }
  | { kind: 'group-row' }
  | { kind: 'unreadable'; problem: ReadProblem }
  /** The same cell is given again further down: the later line's value is the one written. */
  | { kind: 'given-again'; line: number }
  /** A ratio or total of an export: the form's formula computes it from the figures written. */
  | { kind: 'computed' };

export interface FillOutcome {
  line: number;
  code: string;
  value: string;
  status: FillStatus;
  cell?: string;
  /** A derived cell's formula was replaced by the value given (Tính toán restores it). */
  replacedFormula?: boolean;
  /** The value as written. */
  written?: CellValue;
  /** Why the entry was not written (worded by `fillOutcomeText`). */
  why?: FillProblem;
  /**
   * The one mark of a value that could be read two ways ("1.234", "1,234"): it was read the
   * Vietnamese way ("." groups thousands, "," marks decimals), and the outcome says so.
   */
  separator?: '.' | ',';
}

/** The mark of a number that reads two ways (one "." or "," before three digits), or undefined. */
function twoWaySeparator(text: string): '.' | ',' | undefined {
  return /^[-+]?[1-9]\d{0,2}([.,])\d{3}$/.exec(text.replace(/\s+/g, ''))?.[1] as '.' | ',' | undefined;
}

export interface CellWrite {
  row: number;
  col: number;
  value?: CellValue;
  formula?: string;
  result?: CellValue;
}

/**
 * Plans writing `code,value` entries into a template sheet: each entry is written, or reported
 * with the reason it was not (unknown code, unreadable value, heading row). A value given for a
 * derived indicator replaces its formula (the report as sent is kept, and validation compares it
 * with the computed value); other derived cells keep their formulas, with recomputed results.
 */
export function planFill(sheet: TemplateSheet, template: Template, entries: CsvEntry[]): { writes: CellWrite[]; outcomes: FillOutcome[] } {
  const rows = rowsByCode(template);
  const keysOfCode = new Map<string, string[]>();
  for (const c of sheet.cells.values()) keysOfCode.set(c.code, [...(keysOfCode.get(c.code) ?? []), c.key]);

  const newValues = new Map<string, CellValue>();
  const outcomes: FillOutcome[] = [];
  /** The outcome of the entry whose value a cell holds so far. */
  const writtenAt = new Map<string, FillOutcome>();
  for (const e of entries) {
    const [code, explicitKey] = e.code.split('@');
    const base = { line: e.line, code: e.code, value: e.value };
    const row = rows.get(code);
    const keys = keysOfCode.get(code);
    if (!row || !keys) {
      outcomes.push({ ...base, status: 'unknown-code', why: { kind: 'unknown-code', template: template.id } });
      continue;
    }
    const key = explicitKey ?? (keys.length === 1 ? keys[0] : undefined);
    const cell = key ? sheet.cells.get(cellKey(code, key)) : undefined;
    if (!cell) {
      outcomes.push({ ...base, status: 'unknown-code', why: { kind: 'cell-unknown', cells: keys.map((k) => cellKey(code, k)) } });
      continue;
    }
    const at = address(cell.row, cell.col);
    const spec = valueCell(template, code, cell.key);
    if (!spec) {
      outcomes.push({ ...base, status: 'unknown-code', why: { kind: 'column-unknown', template: template.id, column: cell.key } });
      continue;
    }
    const { kind } = spec;
    if (kind === 'group') {
      outcomes.push({ ...base, status: 'no-value-cell', cell: at, why: { kind: 'group-row' } });
      continue;
    }
    if (e.computed && spec.derived && cell.formula) {
      outcomes.push({ ...base, status: 'computed', cell: at, why: { kind: 'computed' } });
      continue;
    }
    // An export's number is exact: a percentage is its fraction (1.0026 is 100.26%, never 1.0026%).
    const v =
      e.number !== undefined
        ? interpret(e.number, { kind, codes: spec.codes, percentFormatted: true })
        : interpret(e.value, { kind, codes: spec.codes });
    if (!v.ok) {
      outcomes.push({ ...base, status: 'unreadable', cell: at, why: { kind: 'unreadable', problem: v.problem } });
      continue;
    }
    const key2 = cellKey(code, cell.key);
    const earlier = writtenAt.get(key2);
    if (earlier) Object.assign(earlier, { status: 'given-again', why: { kind: 'given-again', line: e.line } });
    newValues.set(key2, v.value);
    const separator = e.number === undefined && typeof v.value === 'number' ? twoWaySeparator(e.value) : undefined;
    const outcome: FillOutcome = {
      ...base,
      status: 'written',
      cell: at,
      written: v.value,
      ...(cell.formula ? { replacedFormula: true } : {}),
      ...(separator ? { separator } : {}),
    };
    writtenAt.set(key2, outcome);
    outcomes.push(outcome);
  }

  const writes: CellWrite[] = [];
  for (const [key, value] of newValues) {
    const c = sheet.cells.get(key)!;
    writes.push({ row: c.row, col: c.col, value });
  }
  writes.push(...recomputeDerived(sheet, template, newValues));
  return { writes, outcomes };
}

/** Formula cells of the sheet with results recomputed from current inputs plus `overrides`. */
function recomputeDerived(sheet: TemplateSheet, template: Template, overrides: ReadonlyMap<string, CellValue> = new Map()): CellWrite[] {
  const specs = valueCells(template);
  const input = (code: string, key: string): Num => {
    const k = cellKey(code, key);
    const cell = sheet.cells.get(k);
    const raw = overrides.has(k) ? overrides.get(k)! : cell?.raw;
    const spec = specs.get(k);
    if (!spec) return null;
    const v = interpret(raw ?? null, { kind: spec.kind, codes: spec.codes, percentFormatted: isPercentFormat(cell) });
    return v.ok && typeof v.value === 'number' ? v.value : null;
  };
  const pinned = new Set([...sheet.cells].filter(([k, c]) => !c.formula || overrides.has(k)).map(([k]) => k));
  const derived = computeDerived(template, input, pinned);
  const writes: CellWrite[] = [];
  for (const [k, value] of derived) {
    const c = sheet.cells.get(k);
    if (c?.formula && !overrides.has(k)) writes.push({ row: c.row, col: c.col, formula: c.formula, result: value ?? '' });
  }
  return writes;
}

function isPercentFormat(cell: TemplateCell | undefined): boolean {
  return !!cell?.numFmt && cell.numFmt.includes('%');
}
