import type { MergeResult } from '../merge/merge';
import { parsePeriod } from '../period';
import { levelOfUnit } from '../units/level';
import { resultOf, targetResults, type TargetResult, type UnitFigures } from './report';
import type { TargetSet } from './schema';

/** A target held against a consolidation: its total, each unit, and how many of the units judged meet it. */
export interface TargetTally {
  /** The target as first found (its set, its measure). */
  first: TargetResult;
  /** Held against the total; undefined where the target is one unit's own. */
  total?: TargetResult;
  /** Per unit, in the merge's order; undefined where the target is not set for that unit. */
  each: (TargetResult | undefined)[];
  /** Units whose figures settle it (met or not met), and of those the ones meeting it. */
  judged: number;
  met: number;
  /** Units whose figure is in error: counted apart, never judged. */
  inError: number;
}

/**
 * The targets a consolidation's template measures that apply to its total or to one unit at
 * least: each unit held against its own level's threshold and its own targets.
 */
export function targetTallies(r: MergeResult, sets: readonly TargetSet[]): TargetTally[] {
  const known = tallied.get(r);
  if (known?.sets === sets) return known.tallies;
  const tallies = tally(r, sets);
  tallied.set(r, { sets, tallies });
  return tallies;
}

/** The targets sheet and the charts sheet of one consolidation both hold it against the targets: worked out once. */
const tallied = new WeakMap<MergeResult, { sets: readonly TargetSet[]; tallies: TargetTally[] }>();

function tally(r: MergeResult, sets: readonly TargetSet[]): TargetTally[] {
  const year = parsePeriod(r.period)?.year;
  const sheetOf = (figures: UnitFigures['sheets'][number]['figures']) => [{ template: r.template, figures }];
  const total = withLevel({ unit: r.unit, ...(year ? { year } : {}), sheets: sheetOf({ ...r, reportedDerived: new Map() }) });
  const units = r.units.map((u) => withLevel({ unit: u.unit, ...(year ? { year } : {}), sheets: sheetOf(u) }));
  const measured = (list: TargetResult[]) => list.filter((x) => x.measure);
  const perUnit = units.map((u) => measured(targetResults(u, sets)));
  const atTotal = measured(targetResults(total, sets));
  const firsts = new Map<string, TargetResult>();
  for (const x of [...atTotal, ...perUnit.flat()]) if (!firsts.has(x.target.id)) firsts.set(x.target.id, x);
  return [...firsts.values()].map((first) => {
    const t = first.target;
    const applies = (list: TargetResult[]) => list.find((x) => x.target.id === t.id);
    // A target set for the units' level (a commune's) is held against their total too; a unit's own target is that unit's alone.
    const sum = applies(atTotal) ?? (first.set.unit ? undefined : resultOf(t, first.set, total));
    const each = perUnit.map(applies);
    const judged = each.filter((x) => x?.status === 'met' || x?.status === 'not-met');
    return {
      first,
      ...(sum ? { total: sum } : {}),
      each,
      judged: judged.length,
      met: judged.filter((x) => x!.status === 'met').length,
      inError: each.filter((x) => x?.status === 'in-error').length,
    };
  });
}

function withLevel(u: UnitFigures): UnitFigures {
  const level = levelOfUnit(u.unit);
  return level ? { ...u, level } : u;
}
