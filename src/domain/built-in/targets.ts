import type { Catalogue } from '../catalogue/catalogue';
import { loadTargetSet, targetsOf } from '../targets/catalogue';
import type { TargetSet } from '../targets/schema';
import { allTargetSets } from '../targets/sets';

const builtIn = new WeakMap<Catalogue, TargetSet[]>();

/** The target sets that come with the add-in, checked once against the templates given. */
export function builtInTargets(templates: Catalogue): TargetSet[] {
  let sets = builtIn.get(templates);
  // Stryker disable next-line ConditionalExpression: checking again gives equal sets; the cache only saves time
  if (!sets) builtIn.set(templates, (sets = targetsOf(allTargetSets.map((s) => loadTargetSet(s, templates)))));
  return sets;
}
