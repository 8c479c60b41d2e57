import { ExpressionError, parseComparison, parseExpr, refsOf } from '../expr';
import type { TemplateIssue, TemplatePlace } from '../problems/template-issue';
import type { Template } from './schema';

/** Cross-reference checks zod cannot express. */
export function checkTemplate(t: Template): TemplateIssue[] {
  const problems: TemplateIssue[] = [];
  const rows = new Map<string, { kind: string; formula?: string }>();
  for (const table of t.tables) {
    const keys = new Set<string>();
    for (const c of table.columns) {
      if (keys.has(c.key)) problems.push({ code: 'column-repeated', column: c.key });
      keys.add(c.key);
      if (c.role === 'attr' && !c.attr) problems.push({ code: 'column-unnamed', column: c.key });
      if (c.kind === 'code' && !c.codes?.length) problems.push({ code: 'column-codes-missing', column: c.key });
    }
    if (!table.columns.some((c) => c.role === 'value')) problems.push({ code: 'no-value-column' });
    if (!table.columns.some((c) => c.role === 'label')) problems.push({ code: 'no-label-column' });
    for (const s of table.sections) {
      for (const r of s.rows) {
        if (rows.has(r.code)) problems.push({ code: 'row-repeated', row: r.code });
        rows.set(r.code, r);
        if (r.kind === 'code' && !r.codes?.length && !table.columns.some((c) => c.role === 'value' && c.codes))
          problems.push({ code: 'row-codes-missing', row: r.code });
        if (r.formula && r.kind === 'group') problems.push({ code: 'group-formula', row: r.code });
      }
    }
  }
  const refCheck = (where: TemplatePlace, refs: string[]) => {
    for (const ref of refs.map((r) => r.split('@')[0])) {
      const row = rows.get(ref);
      if (!row) problems.push({ code: 'ref-unknown', in: where, ref });
      else if (row.kind === 'group') problems.push({ code: 'ref-group', in: where, ref });
    }
  };
  const unparsed = (where: TemplatePlace, e: unknown) => {
    if (!(e instanceof ExpressionError)) throw e;
    problems.push({ code: 'expression', in: where, source: e.source, condition: e.condition, fault: e.fault });
  };
  const deps = new Map<string, string[]>();
  for (const [code, r] of rows) {
    if (!r.formula) continue;
    try {
      const refs = refsOf(parseExpr(r.formula));
      refCheck({ formula: code }, refs);
      deps.set(code, refs);
    } catch (e) {
      unparsed({ formula: code }, e);
    }
  }
  problems.push(...cycles(deps));
  if (t.size && rows.get(t.size)?.kind !== 'count') problems.push({ code: 'size-not-count', row: t.size });
  for (const c of t.charts ?? []) {
    const row = rows.get(c);
    if (row?.kind !== 'percent' || !row.formula) problems.push({ code: 'chart-not-rate', row: c });
  }
  for (const rule of t.rules ?? []) {
    try {
      const comparisons = [...(rule.when ? [rule.when] : []), ...(rule.assert ?? [])].map(parseComparison);
      refCheck(
        { rule: rule.id },
        comparisons.flatMap((c) => c.operands.flatMap((o) => refsOf(o))),
      );
      refCheck({ rule: rule.id }, [...(rule.blank ?? []), ...(rule.filled ?? [])]);
    } catch (e) {
      unparsed({ rule: rule.id }, e);
    }
  }
  return problems;
}

function cycles(deps: Map<string, string[]>): TemplateIssue[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const found: TemplateIssue[] = [];
  const visit = (c: string, path: string[]) => {
    if (state.get(c) === 'done') return;
    if (state.get(c) === 'visiting') {
      found.push({ code: 'cycle', path: [...path, c] });
      return;
    }
    state.set(c, 'visiting');
    for (const d of deps.get(c) ?? []) visit(d, [...path, c]);
    state.set(c, 'done');
  };
  for (const c of deps.keys()) visit(c, []);
  return found;
}
