import { mean, median, medianAbsoluteDeviation } from 'simple-statistics';
import { rowValueKeys } from '../compute/derive';
import { templateRows } from '../catalogue/rows';
import type { Template } from '../catalogue/schema';
import { valueCell } from '../cells/value-cells';
import type { Num } from '../expr';
import { valueInError } from '../cells/in-error';
import { cellKey } from '../sheet/identity';
import type { CellValue } from '../sheet/plan';

/** What is compared of a unit of a merge (see ComparedUnit). */
export interface ComparedUnit {
  unit: string;
  file: string;
  values: ReadonlyMap<string, CellValue>;
  derived: ReadonlyMap<string, Num>;
  reportedDerived: ReadonlyMap<string, CellValue>;
  /** Cell keys of the values the check found in error: left out of the comparison. */
  errorCells?: ReadonlySet<string>;
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
/**
 * A difference must also matter: a rate at least 10 points from the median; a count or money
 * per unit of size at least half the median's away, and a count at least 5 from what the median
 * would give the unit. Where most units report the same figure (MAD 0) the spread says nothing
 * of what is usual, and only twice these gaps are flagged.
 */
export const MIN_RATE_GAP = 0.1;
export const MIN_RELATIVE_GAP = 0.5;
export const MIN_COUNT_GAP = 5;
/** At most this many values of one unit are listed (the most unusual); the others are counted. */
export const OUTLIERS_PER_UNIT = 3;

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
      const seen: { u: ComparedUnit; value: number; compared: number; size: number }[] = [];
      for (const u of units) {
        const value = unitFigure(u, k, !!cell.derived);
        // A value in error (or computed from one) is the check's matter: it neither counts in what is usual nor is called unusual.
        if (value === undefined || valueInError(t, u, row.code, key)) continue;
        if (!scaled) seen.push({ u, value, compared: value, size: 1 });
        else {
          const size = u.values.get(cellKey(t.size!, key));
          if (typeof size === 'number' && size > 0) seen.push({ u, value, compared: value / size, size });
        }
      }
      if (seen.length < OUTLIER_MIN_UNITS) continue;
      const compared = seen.map((s) => s.compared);
      const med = median(compared);
      const alike = medianAbsoluteDeviation(compared) === 0 ? 2 : 1;
      modifiedZ(compared).forEach((z, i) => {
        if (Math.abs(z) <= OUTLIER_THRESHOLD) return;
        const s = seen[i];
        const gap = Math.abs(s.compared - med);
        if (!scaled ? gap < MIN_RATE_GAP * alike : gap < MIN_RELATIVE_GAP * alike * Math.abs(med)) return;
        if (scaled && cell.kind === 'count' && Math.abs(s.value - med * s.size) < MIN_COUNT_GAP * alike) return;
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

/**
 * The outliers listed: each unit's most unusual (largest |z|) up to OUTLIERS_PER_UNIT, in their
 * order; and how many more each unit has.
 */
export function listedOutliers(all: readonly Outlier[]): { outliers: Outlier[]; more: { unit: string; count: number }[] } {
  const byUnit = new Map<string, Outlier[]>();
  for (const o of all) byUnit.set(o.unit, [...(byUnit.get(o.unit) ?? []), o]);
  const kept = new Set<Outlier>();
  const more: { unit: string; count: number }[] = [];
  for (const [unit, list] of byUnit) {
    [...list]
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
      .slice(0, OUTLIERS_PER_UNIT)
      .forEach((o) => kept.add(o));
    if (list.length > OUTLIERS_PER_UNIT) more.push({ unit, count: list.length - OUTLIERS_PER_UNIT });
  }
  return { outliers: all.filter((o) => kept.has(o)), more };
}

/** A unit's number for a cell: a ratio as recomputed from its parts, else as written. */
export function unitFigure(u: ComparedUnit, k: string, derived: boolean): number | undefined {
  const v = derived ? (u.derived.get(k) ?? u.reportedDerived.get(k)) : u.values.get(k);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
