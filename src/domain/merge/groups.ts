import { computeDerived } from '../compute/derive';
import type { Template } from '../catalogue/schema';
import { valueCells } from '../cells/value-cells';
import type { Num } from '../expr';
import { cellKey } from '../sheet/identity';
import { type MergedUnit } from './merge';
import { unitKey } from '../units/identity';

/** What heads a group's subtotal column in the breakdown ("Cộng Ân Thi"): never a unit. */
export const SUBTOTAL_PREFIX = 'Cộng ';

/** A column of the breakdown: one unit, or the subtotal of a group of units after its members. */
export type BreakdownColumn = { unit: number } | { group: string; members: number[] };

/**
 * The breakdown's unit columns: without groups, the units in the merge's order; with them (the
 * former district or a cluster of each unit, as the expected-units list gives it), each group's
 * units followed by its subtotal, groups in the list's order, then the units of no group.
 */
export function breakdownLayout(units: readonly { unit: string }[], groups: ReadonlyMap<string, string> = new Map()): BreakdownColumn[] {
  const groupOf = new Map([...groups].map(([u, g]) => [unitKey(u), g]));
  const order = [...new Set(groups.values())];
  const members = new Map(order.map((g) => [g, [] as number[]]));
  const loose: number[] = [];
  units.forEach((u, i) => {
    const g = groupOf.get(unitKey(u.unit));
    if (g) members.get(g)!.push(i);
    else loose.push(i);
  });
  return [
    ...order
      .filter((g) => members.get(g)!.length)
      .flatMap((g) => [...members.get(g)!.map((unit) => ({ unit })), { group: g, members: members.get(g)! }]),
    ...loose.map((unit) => ({ unit })),
  ];
}

/** A group's figures: counts and money summed over its units (blank where none has one), ratios recomputed from the sums. */
export function groupFigures(t: Template, members: readonly MergedUnit[]): { values: Map<string, number>; derived: Map<string, Num> } {
  const values = new Map<string, number>();
  for (const [k, cell] of valueCells(t)) {
    if (cell.derived || (cell.kind !== 'count' && cell.kind !== 'money')) continue;
    for (const u of members) {
      const v = u.values.get(k);
      if (typeof v === 'number') values.set(k, (values.get(k) ?? 0) + v);
    }
  }
  return { values, derived: computeDerived(t, (code, key) => values.get(cellKey(code, key)) ?? null) };
}
