import { perTemplate } from '../../catalogue/rows';
import { evaluate, parseComparison, type Expr } from '../../expr';
import { cellKey } from '../../sheet/identity';
import type { Check } from '../check-context';
import { BUILT_IN_RULE } from '../rule-ids';

/** Inputs left empty that apply to the unit's level, with the value a sum rule says they should hold. */
export const missingInputs: Check = {
  name: 'missing',
  run({ template, readings: states, effectiveAt, level, add }) {
    const effective = (code: string, key: string) => effectiveAt(cellKey(code, key));
    const sumRules = equalityRules(template);
    for (const s of states.values()) {
      if (s.value !== null || !s.readable || s.kind === 'group' || s.kind === 'text' || s.live || s.row.formula) continue;
      if (level && s.row.levels && !s.row.levels.includes(level)) continue;
      const hint = sumRules.get(s.row.code);
      const should = hint ? evaluate(hint.expr, (c) => effective(c, s.cell.key)) : null;
      if (hint && should !== null)
        add(s.cell, {
          rule: hint.id,
          severity: 'warning',
          text: { kind: 'missing-by-rule', code: s.row.code, rule: hint.id, assert: hint.assert, should: { value: should, kind: s.kind } },
          expected: should,
        });
      else
        add(s.cell, { rule: BUILT_IN_RULE.missing, severity: 'warning', text: { kind: 'missing', code: s.row.code, label: s.row.label } });
    }
  },
};

/** "II.1 = II.1.1 + II.1.2": which value an empty left-hand cell should hold. */
const equalityRules = perTemplate((t) => {
  const out = new Map<string, { id: string; expr: Expr; assert: string }>();
  for (const r of t.rules ?? [])
    for (const a of r.assert ?? []) {
      if (r.when) continue;
      const c = parseComparison(a);
      if (c.ops.length === 1 && c.ops[0] === '=' && c.operands[0].type === 'ref')
        out.set(c.operands[0].code, { id: r.id, expr: c.operands[1], assert: a });
    }
  return out;
});
