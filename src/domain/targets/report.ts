import type { Level } from '../catalogue/schema';
import { unitKey } from '../units/identity';
import { appliesToLevel, evaluateTarget, type TargetOutcome, type TargetStatus } from './evaluate';
import { measuredValue, type FigureSheet, type MeasuredValue } from './figures';
import type { Measure, Target, TargetSet } from './schema';

/** A target held against a unit's figures: the outcome, and the indicator it was read from. */
export interface TargetResult extends TargetOutcome {
  set: TargetSet;
  measure?: Measure & MeasuredValue;
}

/** What the targets are held against: one unit's template sheets of a period (a received file, a total, one unit of a merge). */
export interface UnitFigures {
  unit: string;
  /** The unit's level; by default read from its name. */
  level?: Level;
  /** The report's year, for periodic reports: targets of earlier years are over, and of several years ahead the nearest counts. */
  year?: number;
  sheets: FigureSheet[];
  /** For targets counted from a base year: the unit's figures of that year, by year. */
  baseYears?: ReadonlyMap<number, FigureSheet[]>;
}

/**
 * The targets that apply to a unit's report, each with its outcome. A set applies when one of
 * its targets is measured by or assesses a form at hand, and a unit's own set only to that unit;
 * within it, the targets set for the unit's level, and for a periodic report those not yet
 * over, the nearest year of each indicator.
 */
export function targetResults(u: UnitFigures, sets: readonly TargetSet[]): TargetResult[] {
  const present = new Set(u.sheets.map((s) => s.template.id));
  const out: TargetResult[] = [];
  for (const set of sets) {
    if (set.unit && unitKey(set.unit) !== unitKey(u.unit)) continue;
    const relevant = set.targets.some((t) => [...(t.measures ?? []), ...(t.assesses ?? [])].some((m) => present.has(m.template)));
    if (!relevant) continue;
    for (const t of nearest(set.targets, u.year)) if (appliesToLevel(t, u.level)) out.push(resultOf(t, set, u));
  }
  // What the figures settle first (not met before met), then what they lack, then what is the official's.
  return out.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}

const ORDER: TargetStatus[] = ['not-met', 'met', 'in-error', 'no-data', 'level-unknown', 'judge', 'no-measure'];

/** The targets not over by `year`, of each series (or indicator measured) the nearest year. */
function nearest(targets: readonly Target[], year: number | undefined): Target[] {
  if (year === undefined) return [...targets];
  const kept = new Map<string, Target>();
  for (const t of targets) {
    if (t.year < year) continue;
    const key = t.series ?? (t.measures?.length ? `${t.measures[0].template}|${t.measures[0].code}|${t.comparison}` : t.id);
    const had = kept.get(key);
    if (!had || t.year < had.year) kept.set(key, t);
  }
  const nearestOnes = new Set(kept.values());
  return targets.filter((t) => nearestOnes.has(t));
}

/** One target held against the unit's figures. */
export function resultOf(t: Target, set: TargetSet, u: UnitFigures): TargetResult {
  const found = measure(t, u.sheets);
  const base = t.comparison === 'reduction' && found ? measure(t, u.baseYears?.get(t.baseYear!) ?? [], t.baseYear) : undefined;
  const inError = !!found?.inError || !!base?.inError;
  const outcome = evaluateTarget(t, { value: found?.value, base: base?.value ?? null, level: u.level, ...(inError ? { inError } : {}) });
  return { ...outcome, set, ...(found ? { measure: found } : {}) };
}

/** The first of the target's indicators a sheet at hand holds, with its value for the target's year. */
function measure(t: Target, sheets: readonly FigureSheet[], year = t.year): (Measure & MeasuredValue) | undefined {
  for (const m of t.measures ?? []) {
    const sheet = sheets.find((s) => s.template.id === m.template);
    const v = sheet && measuredValue(sheet, m.code, year);
    if (v) return { ...m, ...v };
  }
  return undefined;
}

/** How many of the results have each status. */
export function statusCounts(results: readonly TargetResult[]): Partial<Record<TargetStatus, number>> {
  const counts: Partial<Record<TargetStatus, number>> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}
