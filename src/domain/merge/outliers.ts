import { mean, median, medianAbsoluteDeviation } from 'simple-statistics';
import { rowValueKeys } from '../compute/derive';
import { templateRows } from '../catalogue/rows';
import type { Template } from '../catalogue/schema';
import { valueCell } from '../cells/value-cells';
import type { Num } from '../expr';
import { cellKey } from '../sheet/identity';
import type { CellValue } from '../sheet/plan';

/** What is compared of a unit of a merge (see ComparedUnit). */
export interface ComparedUnit {
  unit: string;
  file: string;
  values: ReadonlyMap<string, CellValue>;
  derived: ReadonlyMap<string, Num>;
  reportedDerived: ReadonlyMap<string, CellValue>;
}

/**
 * Values far from the other units' are worth a call, never an error. The method (Iglewicz and
 * Hoaglin's modified z-score): M = 0.6745 (x − median) / MAD, flagged when |M| > 3.5; with a MAD of
 * 0 (most units alike) the mean absolute deviation stands in, M = (x − median) / (1.253314 × MeanAD).
 * Rates are compared as they are; counts and money divided by the unit's size (its template's
 * `size` indicator, e.g. the staff assigned), so a large commune is not unusual for being large.
 */
export const OUTLIER_THRESHOLD = 3.5;
/** Fewer units than this say nothing about what is usual. */
export const OUTLIER_MIN_UNITS = 5;

export interface Outlier {
  unit: string;
  file: string;
  code: string;
  key: string;
  /** The unit's figure (a rate as a fraction). */
  value: number;
  /** For a count: the figure per unit of size, what was compared. */
  perSize?: number;
  /** The median of the compared figures of all units with one. */
  median: number;
  z: number;
  /** How many units were compared. */
  among: number;
}

/** The modified z-score of each value (0 for all when the values are all alike). */
export function modifiedZ(values: readonly number[]): number[] {
  const med = median([...values]);
  const mad = medianAbsoluteDeviation([...values]);
  if (mad > 0) return values.map((x) => (0.6745 * (x - med)) / mad);
  const meanAd = mean(values.map((x) => Math.abs(x - med)));
  return meanAd > 0 ? values.map((x) => (x - med) / (1.253314 * meanAd)) : values.map(() => 0);
}

/** The units' values far from the others', indicator by indicator, in template and unit order. */
export function findOutliers(t: Template, units: readonly ComparedUnit[]): Outlier[] {
  const out: Outlier[] = [];
  const keysOf = rowValueKeys(t);
  for (const row of templateRows(t)) {
    if (row.kind === 'group' || row.code === t.size) continue;
    for (const key of keysOf.get(row.code) ?? []) {
      const cell = valueCell(t, row.code, key);
      if (!cell || !['count', 'money', 'percent'].includes(cell.kind)) continue;
      const scaled = cell.kind !== 'percent';
      if (scaled && !t.size) continue;
      const k = cellKey(row.code, key);
      const seen: { u: ComparedUnit; value: number; compared: number }[] = [];
      for (const u of units) {
        const value = unitFigure(u, k, !!cell.derived);
        if (value === undefined) continue;
        if (!scaled) seen.push({ u, value, compared: value });
        else {
          const size = u.values.get(cellKey(t.size!, key));
          if (typeof size === 'number' && size > 0) seen.push({ u, value, compared: value / size });
        }
      }
      if (seen.length < OUTLIER_MIN_UNITS) continue;
      const compared = seen.map((s) => s.compared);
      const med = median(compared);
      modifiedZ(compared).forEach((z, i) => {
        if (Math.abs(z) <= OUTLIER_THRESHOLD) return;
        const s = seen[i];
        out.push({
          unit: s.u.unit,
          file: s.u.file,
          code: row.code,
          key,
          value: s.value,
          ...(scaled ? { perSize: s.compared } : {}),
          median: med,
          z,
          among: seen.length,
        });
      });
    }
  }
  return out;
}

/** A unit's number for a cell: a ratio as recomputed from its parts, else as written. */
export function unitFigure(u: ComparedUnit, k: string, derived: boolean): number | undefined {
  const v = derived ? (u.derived.get(k) ?? u.reportedDerived.get(k)) : u.values.get(k);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
