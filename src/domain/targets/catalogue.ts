import type { Catalogue } from '../catalogue/catalogue';
import { rowsByCode } from '../catalogue/rows';
import { InputError } from '../problems/errors';
import type { TargetProblem, TargetProblemFact } from '../problems/target-problem';
import { schemaIssues } from '../problems/schema-issues';
import { TargetSetSchema, type Target, type TargetSet } from './schema';

/** Parses one target set and checks it against the templates it names; an InputError saying what is wrong otherwise. */
export function loadTargetSet(input: unknown, templates: Catalogue): TargetSet {
  const parsed = TargetSetSchema.safeParse(input);
  const id = (input as { id?: unknown } | null)?.id;
  const where = typeof id === 'string' ? id : '?';
  if (!parsed.success) {
    throw new InputError({ code: 'targets-invalid', source: where, issues: schemaIssues(parsed.error, input) });
  }
  const problems = parsed.data.targets.flatMap((t) => targetProblems(t, templates));
  const ids = parsed.data.targets.map((t) => t.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push({ target: id, kind: 'repeated' });
  if (problems.length) throw new InputError({ code: 'targets-invalid', source: parsed.data.id, targets: problems });
  return parsed.data;
}

/** What zod cannot check, as facts: a threshold that can be judged, and indicators and rows that exist with the right kind. */
function targetProblems(t: Target, templates: Catalogue): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const say = (p: TargetProblemFact) => problems.push({ target: t.id, ...p });
  if (t.judged === 'threshold') {
    if (!t.comparison) say({ kind: 'no-comparison' });
    if ((t.threshold === undefined) === (t.byLevel === undefined)) say({ kind: 'threshold-or-by-level' });
    if (t.comparison === 'between' && !(t.upTo !== undefined && t.threshold !== undefined && t.upTo > t.threshold))
      say({ kind: 'between-up-to' });
    if (t.comparison === 'reduction' && !(t.baseYear !== undefined && t.baseYear < t.year)) say({ kind: 'reduction-base-year' });
  } else if (t.comparison || t.threshold !== undefined || t.byLevel || t.measures?.length) {
    say({ kind: 'judged-without-threshold' });
  }
  for (const m of t.measures ?? []) {
    const template = templates.find(m.template);
    const row = template && rowsByCode(template).get(m.code);
    // A reduction is a rate of fall of a number (staff, units); other targets compare like with like.
    const counted = t.comparison === 'reduction' || t.unit === 'number';
    const kind = counted ? ['count', 'money'] : ['percent'];
    if (!row) say({ kind: 'no-indicator', code: m.code, template: m.template });
    else if (!kind.includes(row.kind))
      say({ kind: 'indicator-kind', code: m.code, template: m.template, needs: counted ? 'number' : 'rate' });
  }
  for (const a of t.assesses ?? []) {
    const template = templates.find(a.template);
    const row = template && rowsByCode(template).get(a.code);
    if (!row || !row.codes?.some((c) => c.value === 'Đạt')) say({ kind: 'no-assessment', code: a.code, template: a.template });
  }
  return problems;
}

/** Every target of the sets given, an id used twice across sets being an error. */
export function targetsOf(sets: readonly TargetSet[]): TargetSet[] {
  const seen = new Map<string, string>();
  for (const s of sets)
    for (const t of s.targets) {
      const first = seen.get(t.id);
      if (first)
        throw new InputError({ code: 'targets-invalid', source: s.id, targets: [{ target: t.id, kind: 'in-other-set', set: first }] });
      seen.set(t.id, s.id);
    }
  return [...sets];
}
