import { rowValueKeys } from '../compute/derive';
import type { Template } from '../catalogue/schema';
import type { Num } from '../expr';
import { valueInError } from '../cells/in-error';
import { cellKey } from '../sheet/identity';
import type { CellValue } from '../sheet/plan';

/** A report's figures as a unit report or a merge holds them (see merge/unit-report). */
export interface Figures {
  /** Input values read by kind, by cell key (a merge's total holds its coded answers' counts as text). */
  values: ReadonlyMap<string, CellValue>;
  /** Derived values recomputed from the report's own parts. */
  derived: ReadonlyMap<string, Num>;
  /** Derived cells as the sheet holds them, where that is not the recomputed value. */
  reportedDerived: ReadonlyMap<string, number | string | null>;
  /** Cell keys of the values the check found in error or could not read. */
  errorCells?: ReadonlySet<string>;
}

/** One template's figures of a unit for a period (a received sheet, a consolidated total or one unit of a merge). */
export interface FigureSheet {
  template: Template;
  figures: Figures;
}

/** An indicator's value for a target: where it was read and, for a ratio, the figure the unit wrote when that differs. */
export interface MeasuredValue {
  value: number | null;
  /** The value column it was read from. */
  key: string;
  /** For a derived indicator whose recomputed value stands: what the sheet says, when it says something else. */
  reported?: number | string | null;
  /** The value, or a part it is computed from, is one the check found in error: shown, never judged. */
  inError?: true;
}

/**
 * The value of an indicator for a target of `year`: a ratio recomputed from its parts (one
 * definition per derived indicator), the figure written where the parts are missing. In a form
 * with a column per year, the target year's column, else the last earlier year with a value; a
 * later year never counts.
 */
export function measuredValue(s: FigureSheet, code: string, year: number): MeasuredValue | undefined {
  const keys = rowValueKeys(s.template).get(code);
  if (!keys?.length) return undefined;
  const years = keys
    .map((key) => ({ key, year: Number(/^y(\d{4})$/.exec(key)?.[1]) }))
    .filter((k) => k.year > 0)
    .sort((a, b) => b.year - a.year);
  if (!years.length) return valueAt(s, code, keys[0]);
  const usable = years.filter((k) => k.year <= year);
  for (const k of usable) {
    const v = valueAt(s, code, k.key);
    if (v.value !== null) return v;
  }
  return usable.length ? { value: null, key: usable[0].key } : undefined;
}

function valueAt(s: FigureSheet, code: string, key: string): MeasuredValue {
  const f = s.figures;
  const k = cellKey(code, key);
  const flag = valueInError(s.template, f, code, key) ? { inError: true as const } : {};
  const written = f.reportedDerived.has(k) ? f.reportedDerived.get(k)! : null;
  if (f.derived.has(k)) {
    const again = f.derived.get(k)!;
    if (again !== null)
      return written === null || written === again ? { value: again, key, ...flag } : { value: again, key, reported: written, ...flag };
    return { value: typeof written === 'number' ? written : null, key, ...flag };
  }
  const v = f.values.get(k);
  return { value: typeof v === 'number' ? v : null, key, ...flag };
}
