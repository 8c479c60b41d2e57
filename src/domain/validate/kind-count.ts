import type { KindCheck } from './kind-check';
import { BUILT_IN_RULE } from './rule-ids';

/** A count is whole and not negative (live formulas aside). */
export const countCheck: KindCheck = ({ cell, row, value, live }, ids, add) => {
  if (typeof value !== 'number' || live) return;
  if (value < 0 || !Number.isInteger(value))
    add(cell, {
      rule: ids.nonNegative ?? BUILT_IN_RULE.nonNegative,
      severity: 'error',
      text: { kind: 'not-count', code: row.code, value, ...(row.unit ? { unit: row.unit } : {}) },
      actual: value,
    });
};
