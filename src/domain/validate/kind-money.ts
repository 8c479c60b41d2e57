import type { KindCheck } from './kind-check';
import { BUILT_IN_RULE } from './rule-ids';

/** An amount of money is not negative (live formulas aside). */
export const moneyCheck: KindCheck = ({ cell, row, value, live }, ids, add) => {
  if (typeof value !== 'number' || live) return;
  if (value < 0)
    add(cell, {
      rule: ids.nonNegative ?? BUILT_IN_RULE.nonNegative,
      severity: 'error',
      text: { kind: 'negative-money', code: row.code, value },
      actual: value,
    });
};
