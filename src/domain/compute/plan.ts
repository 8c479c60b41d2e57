import { valueCells } from '../cells/value-cells';
import type { IndicatorKind, Template } from '../catalogue/schema';
import { toExcel, type Num } from '../expr';
import { cellKey } from '../sheet/identity';
import { address } from '../sheet/plan';
import type { TemplateSheet } from '../sheet/read';
import { interpret } from '../values/interpret';
import { computeDerived } from './derive';
import { InputError } from '../errors';

export interface ComputeChange {
  sheet: string;
  cell: string;
  code: string;
  row: number;
  col: number;
  /** What the cell holds now and what it will hold. */
  oldValue: number | string | null;
  oldFormula: string | null;
  newValue: Num;
  /** Formula to restore (template sheets) or absent when a plain value is written. */
  newFormula?: string;
  /** The indicator's kind, for showing its values. */
  kind: IndicatorKind;
  /** The number the cell shows now, as read. */
  oldNumber: Num;
  /** The cell holds a formula other than the template's. */
  formulaAltered: boolean;
  /** The cell already shows the computed value: only its formula changes (restored, or replaced by the value). */
  sameValue: boolean;
  /** The derived definition restored ("I.2.2 / I.2.1"), with the formula. */
  definition?: string;
}

/**
 * "Tính toán": what computing the derived indicators would change. In a template sheet every
 * derived cell gets its template formula back (when missing or altered) with the computed
 * result; with `valuesOnly` (a sheet kept as plain values) the computed values are written.
 * Cells already right are not listed. Nothing is written here: the caller confirms first.
 */
export function planCompute(sheet: TemplateSheet, template: Template, valuesOnly = false): ComputeChange[] {
  const specs = valueCells(template);
  const input = (code: string, key: string): Num => {
    const k = cellKey(code, key);
    const c = sheet.cells.get(k);
    const spec = specs.get(k);
    if (!c || !spec) return null;
    const v = interpret(c.raw, { kind: spec.kind, codes: spec.codes, percentFormatted: !!c.numFmt?.includes('%') });
    return v.ok && typeof v.value === 'number' ? v.value : null;
  };
  const computed = computeDerived(template, input);
  const addr = (key: string) => (code: string) => {
    const c = sheet.cells.get(cellKey(code, key));
    if (!c) throw new InputError({ code: 'sheet-row-missing', sheet: sheet.sheet, row: code });
    return address(c.row, c.col);
  };
  const changes: ComputeChange[] = [];
  for (const cell of sheet.cells.values()) {
    const spec = specs.get(cellKey(cell.code, cell.key));
    if (!spec?.derived) continue;
    const newValue = computed.get(cellKey(cell.code, cell.key)) ?? null;
    const formula = toExcel(spec.derived, addr(cell.key));
    const current = interpret(cell.raw, { kind: spec.kind, percentFormatted: !!cell.numFmt?.includes('%') });
    const oldNum = current.ok && typeof current.value === 'number' ? current.value : null;
    const sameValue = oldNum === newValue || (oldNum !== null && newValue !== null && Math.abs(oldNum - newValue) < 1e-9);
    if (valuesOnly ? sameValue && !cell.formula : cell.formula === formula && sameValue) continue;
    changes.push({
      sheet: sheet.sheet,
      cell: address(cell.row, cell.col),
      code: cell.code,
      row: cell.row,
      col: cell.col,
      oldValue: cell.raw === null || typeof cell.raw === 'boolean' ? null : cell.raw,
      oldFormula: cell.formula,
      newValue,
      kind: spec.kind,
      oldNumber: oldNum,
      formulaAltered: !!cell.formula && cell.formula !== formula,
      sameValue,
      ...(valuesOnly ? {} : { newFormula: formula, definition: spec.row.formula }),
    });
  }
  return changes;
}
