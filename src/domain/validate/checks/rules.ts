import { perTemplate } from '../../catalogue/rows';
import { rowValueKeys } from '../../compute/derive';
import { evaluateComparison, parseComparison, refsOf, type Comparison } from '../../expr';
import { cellKey } from '../../sheet/identity';
import type { Check } from '../check-context';
import { exprText, side } from '../expr-text';

/** What of a quantity the form lacks would make "left op right" hold, for a comparison that needs more on one side. */
function unaccounted(what: string | undefined, op: string, left: number | null, right: number | null) {
  if (!what || left === null || right === null || (op !== '<=' && op !== '>=')) return {};
  return { unaccounted: { what, atLeast: Math.abs(left - right) } };
}

/** The template's own rules: comparisons that must hold, cells to leave empty or to fill when a condition holds. */
export const templateRules: Check = {
  name: 'rules',
  run({ template, rows, readings: states, effectiveAt, add }) {
    const keysOf = rowValueKeys(template);
    for (const { rule, when, asserts, codes, firstCode, fixedKey } of preparedRules(template)) {
      for (const key of fixedKey ? [fixedKey] : (keysOf.get(firstCode) ?? [])) {
        const at = (ref: string) => (ref.includes('@') ? ref : cellKey(ref, key));
        const get = (ref: string) => effectiveAt(at(ref));
        const condition = when ? evaluateComparison(when, get) : undefined;
        if (condition && condition.holds !== true) continue;
        if (condition && !asserts.length && !rule.blank?.length && !rule.filled?.length) {
          // A rule with only a condition flags every case where it holds (values to be checked by hand).
          const s = states.get(at(codes[0]));
          if (s)
            add(s.cell, {
              rule: rule.id,
              severity: rule.severity,
              text: { kind: 'rule-case', title: rule.title, code: s.row.code, value: { value: s.value, kind: s.kind } },
              actual: s.value,
            });
          continue;
        }
        for (const a of asserts) {
          const r = evaluateComparison(a, get);
          if (r.holds !== false) continue;
          const i = r.failedAt!;
          // The finding points at the first cell of the failing side that holds a value.
          const refs = refsOf(a.operands[i]);
          const target = states.get(at(refs.find((ref) => get(ref) !== null) ?? refs[0] ?? codes[0])) ?? states.get(at(codes[0]));
          if (!target) continue;
          add(target.cell, {
            rule: rule.id,
            severity: rule.severity,
            text: {
              kind: 'rule-broken',
              title: rule.title,
              left: side(a.operands[i], r.values[i], rows),
              op: a.ops[i],
              right: side(a.operands[i + 1], r.values[i + 1], rows),
              ...(when ? { when: rule.when } : {}),
              ...unaccounted(rule.unaccounted, a.ops[i], r.values[i], r.values[i + 1]),
            },
            expected: `${exprText(a.operands[i])} ${a.ops[i]} ${exprText(a.operands[i + 1])}`,
            actual: r.values[i],
          });
        }
        for (const code of rule.blank ?? []) {
          const s = states.get(at(code));
          if (s && s.value !== null)
            add(s.cell, {
              rule: rule.id,
              severity: rule.severity,
              text: { kind: 'rule-blank', title: rule.title, code, when: rule.when!, value: { value: s.value, kind: s.kind } },
              actual: s.value,
            });
        }
        for (const code of rule.filled ?? []) {
          const s = states.get(at(code));
          if (s && s.value === null && s.readable)
            add(s.cell, {
              rule: rule.id,
              severity: rule.severity,
              text: { kind: 'rule-filled', title: rule.title, code, when: rule.when! },
            });
        }
      }
    }
  },
};

function refsIn(c: Comparison): string[] {
  return c.operands.flatMap((o) => refsOf(o));
}

/** A template's rules with their comparisons parsed and the cells they name. */
const preparedRules = perTemplate((t) =>
  (t.rules ?? []).map((rule) => {
    const when = rule.when ? parseComparison(rule.when) : undefined;
    const asserts = (rule.assert ?? []).map(parseComparison);
    const codes = [...(when ? refsIn(when) : []), ...asserts.flatMap(refsIn), ...(rule.blank ?? []), ...(rule.filled ?? [])];
    const [firstCode, fixedKey] = codes[0].split('@');
    return { rule, when, asserts, codes, firstCode, fixedKey: fixedKey };
  }),
);
