import { kindCheckIds } from '../../catalogue/rows';
import type { Row } from '../../catalogue/schema';
import { derivedDefinitions, rowValueKeys } from '../../compute/derive';
import { evaluate, type Expr, type Num } from '../../expr';
import type { Ratio } from '../../messages/findings';
import { cellKey } from '../../sheet/identity';
import type { Add, Check, CellReading } from '../check-context';
import { exprText } from '../expr-text';
import { BUILT_IN_RULE } from '../rule-ids';

/**
 * A reported ratio may differ from the computed one by rounding to whole percents (0.5 points,
 * inclusive); the epsilon absorbs binary rounding, so 75,5% for 6/8 is within.
 */
const RATIO_TOLERANCE = 0.005 + 1e-9;

/** Reported totals and ratios against their definitions, computed from the sheet's own parts. */
export const derivedChecks: Check = {
  name: 'derived',
  run({ template, rows, readings, effectiveAt, add }) {
    const keysOf = rowValueKeys(template);
    const ids = kindCheckIds(template);
    for (const def of derivedDefinitions(template))
      for (const key of keysOf.get(def.row.code) ?? []) {
        const s = readings.get(cellKey(def.row.code, key));
        if (!s?.derived || s.live || !s.readable) continue;
        derivedFinding(s, def.expr, (c) => effectiveAt(cellKey(c, key)), rows, add, ids.get(def.row.code)?.ratioBlank);
      }
  },
};

function derivedFinding(
  s: CellReading,
  expr: Expr,
  get: (code: string) => Num,
  rows: ReadonlyMap<string, Row>,
  add: Add,
  ratioBlankRule?: string,
): void {
  // Stryker disable next-line ConditionalExpression: derived cells are numeric kinds, read as numbers or blank
  const reported = typeof s.value === 'number' ? s.value : null;
  const computed = evaluate(expr, get);
  const rule = s.row.rule ?? BUILT_IN_RULE.derived;
  const isRatio = expr.type === 'div';
  const shown = (value: number) => ({ value, kind: s.kind });
  if (isRatio) {
    const den = evaluate(expr.right, get);
    const denText = exprText(expr.right);
    if (reported !== null && den === 0)
      return add(s.cell, {
        rule: ratioBlankRule ?? rule,
        severity: 'warning',
        text: { kind: 'ratio-undefined', code: s.row.code, reported: shown(reported), denominator: denText },
        actual: reported,
        expected: null,
      });
    if (reported === null && computed !== null)
      return add(s.cell, {
        rule,
        severity: 'warning',
        text: { kind: 'ratio-empty', code: s.row.code, ratio: ratioOf(expr, get, rows), computed: shown(computed) },
        expected: computed,
      });
    if (reported === null || computed === null) return;
    // Stryker disable next-line EqualityOperator: the tolerance carries an epsilon; < and <= part at one float only
    if (Math.abs(reported - computed) <= RATIO_TOLERANCE) return;
    return add(s.cell, {
      rule,
      severity: 'error',
      text: {
        kind: 'ratio-differs',
        code: s.row.code,
        reported: shown(reported),
        ratio: ratioOf(expr, get, rows),
        computed: shown(computed),
        over: computed > 1,
      },
      expected: computed,
      actual: reported,
    });
  }
  if (reported === null && computed !== null)
    return add(s.cell, {
      rule,
      severity: 'warning',
      text: { kind: 'total-empty', code: s.row.code, expr: exprText(expr), computed: shown(computed) },
      expected: computed,
    });
  // Stryker disable next-line EqualityOperator: < and <= a billionth part at one float only
  if (reported === null || computed === null || Math.abs(reported - computed) < 1e-9) return;
  add(s.cell, {
    rule,
    severity: 'error',
    text: { kind: 'total-differs', code: s.row.code, reported: shown(reported), expr: exprText(expr), computed: shown(computed) },
    expected: computed,
    actual: reported,
  });
}

/** "5/7 nhiệm vụ": the parts of a ratio that has a value (so both have one), with the numerator's unit. */
function ratioOf(expr: Extract<Expr, { type: 'div' }>, get: (code: string) => Num, rows: ReadonlyMap<string, Row>): Ratio {
  const unitRow = expr.left.type === 'ref' ? rows.get(expr.left.code) : undefined;
  const unit = unitRow?.unit && unitRow.unit !== '%' ? unitRow.unit.toLocaleLowerCase('vi') : undefined;
  return { numerator: evaluate(expr.left, get)!, denominator: evaluate(expr.right, get)!, ...(unit ? { unit } : {}) };
}
