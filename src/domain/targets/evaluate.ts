import type { Level } from '../catalogue/schema';
import type { Target } from './schema';

/**
 * met / not-met: judged from the value. in-error: the value (or a part of it) is one the check
 * found in error, so it is shown and never judged. no-data: the indicator it is measured by is empty (or a
 * reduction lacks its base-year value). no-measure: no indicator of the forms at hand measures it.
 * judge: a goal with no figure ("theo lộ trình", qualitative), for the official. level-unknown:
 * the threshold depends on the level and the unit's level is not known.
 */
export type TargetStatus = 'met' | 'not-met' | 'in-error' | 'no-data' | 'no-measure' | 'judge' | 'level-unknown';

export interface TargetOutcome {
  target: Target;
  status: TargetStatus;
  /** The threshold held against (the unit's level's one where it depends on the level). */
  threshold?: number;
  value?: number;
  /** For a reduction: the base year's value, and the fall achieved (0.12 = 12% fewer). */
  base?: number;
  reduction?: number;
}

export interface TargetFacts {
  /** The measure's value; null when its indicator is empty; undefined when nothing at hand measures the target. */
  value?: number | null;
  /** For a reduction: the measure's value in the base year. */
  base?: number | null;
  level?: Level;
  /** The value, or the base, is one the check found in error. */
  inError?: boolean;
}

/** Percentages are fractions: 0.8 and 0.80000000001 are the same 80%. */
const EPS = 1e-9;

/** Whether a target is set for a unit of this level (a level not known: every target is). */
export function appliesToLevel(t: Target, level: Level | undefined): boolean {
  if (!level) return true;
  if (t.levels && !t.levels.includes(level)) return false;
  return !t.byLevel || t.byLevel[level] !== undefined;
}

/** Holds a value against a target. */
export function evaluateTarget(t: Target, facts: TargetFacts): TargetOutcome {
  if (t.judged !== 'threshold') return { target: t, status: 'judge' };
  const threshold = t.threshold ?? (facts.level ? t.byLevel?.[facts.level] : undefined);
  if (threshold === undefined) return { target: t, status: 'level-unknown' };
  const at = { target: t, threshold };
  if (facts.value === undefined) return { ...at, status: 'no-measure' };
  if (facts.value === null) return { ...at, status: 'no-data' };
  const value = facts.value;
  if (facts.inError) return { ...at, value, status: 'in-error' };
  if (t.comparison === 'reduction') {
    // Stryker disable next-line ConditionalExpression: null <= 0 holds too, so the null test is a reader's, not the machine's.
    if (facts.base === undefined || facts.base === null || facts.base <= 0) return { ...at, value, status: 'no-data' };
    const reduction = (facts.base - value) / facts.base;
    // Stryker disable next-line EqualityOperator: no fall lands exactly EPS below the threshold.
    return { ...at, value, base: facts.base, reduction, status: reduction >= threshold - EPS ? 'met' : 'not-met' };
  }
  return { ...at, value, status: meets(t, value, threshold) ? 'met' : 'not-met' };
}

// Stryker disable EqualityOperator: the comparisons are made EPS away from the threshold, where no value lands exactly; the tests hold values at the threshold and a hair beyond.
function meets(t: Target, v: number, threshold: number): boolean {
  switch (t.comparison) {
    case '>':
      return v > threshold + EPS;
    case '=':
      return Math.abs(v - threshold) <= EPS;
    case '<':
      return v < threshold - EPS;
    case '<=':
      return v <= threshold + EPS;
    case 'between':
      return v >= threshold - EPS && v <= t.upTo! + EPS;
    default:
      return v >= threshold - EPS;
  }
}
// Stryker restore EqualityOperator
