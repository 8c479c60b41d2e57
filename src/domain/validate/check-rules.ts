import { perTemplate } from '../catalogue/rows';
import { rowValueKeys } from '../compute/derive';
import { evaluateComparison, parseComparison, refsOf, type Comparison, type Num } from '../expr';
import { cellKey } from '../sheet/identity';
import type { Check, CheckContext } from './check-context';
import { exprText, side } from './expr-text';

/** What of a quantity the form lacks would make "left op right" hold, for a comparison that needs more on one side. */
function unaccounted(what: string | undefined, op: string, left: number | null, right: number | null) {
  if (!what || left === null || right === null || (op !== '<=' && op !== '>=')) return {};
  return { unaccounted: { what, atLeast: Math.abs(left - right) } };
}

/** One rule at one column: its parts, where its codes are, what a rule reads there, and where findings go. */
interface RuleAt {
  rule: PreparedRule;
  at: (ref: string) => string;
  get: (ref: string) => Num;
  ctx: CheckContext;
}

/** What one shape of rule asks: a new shape is one handler here and one entry in SHAPES. */
type RuleShape = (r: RuleAt) => void;

/** A rule with only a condition flags every case where it holds (values to be checked by hand). */
const caseOnly: RuleShape = ({ rule: { rule, when, asserts, codes }, at, ctx }) => {
  if (!when || asserts.length || rule.blank?.length || rule.filled?.length) return;
  const s = ctx.readings.get(at(codes[0]));
  if (s)
    ctx.add(s.cell, {
      rule: rule.id,
      severity: rule.severity,
      text: { kind: 'rule-case', title: rule.title, code: s.row.code, value: { value: s.value, kind: s.kind } },
      actual: s.value,
    });
};

/** Comparisons that must hold: a broken one is found at the first cell of its failing side that holds a value. */
const assertions: RuleShape = ({ rule: { rule, when, asserts, codes }, at, get, ctx }) => {
  for (const a of asserts) {
    const r = evaluateComparison(a, get);
    if (r.holds !== false) continue;
    const i = r.failedAt!;
    const refs = refsOf(a.operands[i]);
    const target = ctx.readings.get(at(refs.find((ref) => get(ref) !== null) ?? refs[0] ?? codes[0])) ?? ctx.readings.get(at(codes[0]));
    if (!target) continue;
    ctx.add(target.cell, {
      rule: rule.id,
      severity: rule.severity,
      text: {
        kind: 'rule-broken',
        title: rule.title,
        left: side(a.operands[i], r.values[i], ctx.rows),
        op: a.ops[i],
        right: side(a.operands[i + 1], r.values[i + 1], ctx.rows),
        ...(when ? { when: rule.when } : {}),
        ...unaccounted(rule.unaccounted, a.ops[i], r.values[i], r.values[i + 1]),
      },
      expected: `${exprText(a.operands[i])} ${a.ops[i]} ${exprText(a.operands[i + 1])}`,
      actual: r.values[i],
    });
  }
};

/** Cells to leave empty when the condition holds. */
const leftBlank: RuleShape = ({ rule: { rule }, at, ctx }) => {
  for (const code of rule.blank ?? []) {
    const s = ctx.readings.get(at(code));
    if (s && s.value !== null)
      ctx.add(s.cell, {
        rule: rule.id,
        severity: rule.severity,
        text: { kind: 'rule-blank', title: rule.title, code, when: rule.when!, value: { value: s.value, kind: s.kind } },
        actual: s.value,
      });
  }
};

/** Cells to fill when the condition holds (an unreadable one is already an error of its own). */
const filledIn: RuleShape = ({ rule: { rule }, at, ctx }) => {
  for (const code of rule.filled ?? []) {
    const s = ctx.readings.get(at(code));
    if (s && s.value === null && s.readable)
      ctx.add(s.cell, { rule: rule.id, severity: rule.severity, text: { kind: 'rule-filled', title: rule.title, code, when: rule.when! } });
  }
};

const SHAPES: readonly RuleShape[] = [caseOnly, assertions, leftBlank, filledIn];

/** The template's own rules: comparisons that must hold, cells to leave empty or to fill when a condition holds. */
export const templateRules: Check = {
  name: 'rules',
  run(ctx) {
    const keysOf = rowValueKeys(ctx.template);
    for (const rule of preparedRules(ctx.template)) {
      for (const key of rule.fixedKey ? [rule.fixedKey] : (keysOf.get(rule.firstCode) ?? [])) {
        const at = (ref: string) => (ref.includes('@') ? ref : cellKey(ref, key));
        const get = (ref: string) => ctx.effectiveAt(at(ref));
        // A rule with a condition applies only where the condition holds.
        if (rule.when && evaluateComparison(rule.when, get).holds !== true) continue;
        for (const shape of SHAPES) shape({ rule, at, get, ctx });
      }
    }
  },
};

function refsIn(c: Comparison): string[] {
  return c.operands.flatMap((o) => refsOf(o));
}

/** A template's rules with their comparisons parsed and the cells they name. */
type PreparedRule = ReturnType<typeof preparedRules>[number];

const preparedRules = perTemplate((t) =>
  (t.rules ?? []).map((rule) => {
    const when = rule.when ? parseComparison(rule.when) : undefined;
    const asserts = (rule.assert ?? []).map(parseComparison);
    const codes = [...(when ? refsIn(when) : []), ...asserts.flatMap(refsIn), ...(rule.blank ?? []), ...(rule.filled ?? [])];
    const [firstCode, fixedKey] = codes[0].split('@');
    return { rule, when, asserts, codes, firstCode, fixedKey: fixedKey };
  }),
);
