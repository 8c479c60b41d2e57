import { perTemplate } from '../../catalogue/rows';
import { evaluate, parseComparison, type Expr, type Num } from '../../expr';
import { cellKey } from '../../sheet/identity';
import type { Check } from '../check-context';
import { exprText } from '../expr-text';
import { BUILT_IN_RULE } from '../rule-ids';

/**
 * Inputs left empty that apply to the unit's level, with the value a sum rule says they should
 * hold. A sheet with no input at all gets one finding, not one a row; a consolidation is not told
 * of the rates and texts a merge leaves empty on purpose (rates without parts are never summed).
 */
export const missingInputs: Check = {
  name: 'missing',
  run({ template, readings: states, effectiveAt, level, consolidated, add }) {
    const effective = (code: string, key: string) => effectiveAt(cellKey(code, key));
    const sumRules = equalityRules(template);
    const inputs = [...states.values()].filter((s) => s.kind !== 'group' && !s.live && !s.row.formula);
    if (inputs.length && inputs.every((s) => s.value === null && s.readable)) {
      add(inputs[0].cell, { rule: BUILT_IN_RULE.missing, severity: 'warning', text: { kind: 'empty-sheet', inputs: inputs.length } });
      return;
    }
    for (const s of inputs) {
      if (s.value !== null || !s.readable || s.kind === 'text') continue;
      if (consolidated && s.kind === 'percent') continue;
      if (level && s.row.levels && !s.row.levels.includes(level)) continue;
      const hint = sumRules.get(s.row.code);
      const should = hint ? shouldHold(hint, (c) => effective(c, s.cell.key)) : null;
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

/**
 * Which value an empty left-hand cell should hold: "II.1 = II.1.1 + II.1.2", or a total held
 * between two bounds ("II.1 <= II.1.1 + II.1.2" and "II.1 >= max(II.1.1, II.1.2)") when they meet.
 */
interface SumHint {
  id: string;
  upper: Expr;
  lower: Expr;
  assert: string;
}

/** The value the hint gives; none when its bounds do not meet (the value is open: only its absence is said). */
function shouldHold(hint: SumHint, get: (code: string) => Num): Num {
  const upper = evaluate(hint.upper, get);
  if (hint.lower === hint.upper || upper === null) return upper;
  return evaluate(hint.lower, get) === upper ? upper : null;
}

const equalityRules = perTemplate((t) => {
  const out = new Map<string, SumHint>();
  for (const r of t.rules ?? []) {
    if (r.when) continue;
    const bounds = new Map<string, { upper?: Expr; lower?: Expr }>();
    for (const a of r.assert ?? []) {
      const c = parseComparison(a);
      if (c.ops.length !== 1 || c.operands[0].type !== 'ref') continue;
      const code = c.operands[0].code;
      const [op, other] = [c.ops[0], c.operands[1]];
      if (op === '=') out.set(code, { id: r.id, upper: other, lower: other, assert: a });
      else if (op === '<=' || op === '>=') {
        const b = bounds.get(code) ?? {};
        b[op === '<=' ? 'upper' : 'lower'] = other;
        bounds.set(code, b);
      }
    }
    for (const [code, { upper, lower }] of bounds)
      if (upper && lower) out.set(code, { id: r.id, upper, lower, assert: `${exprText(lower)} ≤ ${code} ≤ ${exprText(upper)}` });
  }
  return out;
});
