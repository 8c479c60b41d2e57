import type { KindCheck } from './kind-check';
import { BUILT_IN_RULE } from './rule-ids';

/** A ratio is within 0–100%; a figure typed without "%" that reads as a share is a warning (live formulas aside). */
export const percentCheck: KindCheck = ({ cell, row, value, live }, ids, add) => {
  if (typeof value !== 'number' || live) return;
  const rule = ids.percentRange ?? BUILT_IN_RULE.percentRange;
  if (value < 0 || value > 1) add(cell, { rule, severity: 'error', text: { kind: 'percent-range', code: row.code, value }, actual: value });
  if (typeof cell.raw === 'number' && !cell.numFmt?.includes('%') && Math.abs(cell.raw) > 1)
    add(cell, { rule, severity: 'warning', text: { kind: 'bare-number', code: row.code, raw: cell.raw, value }, actual: cell.raw });
  if (typeof cell.raw === 'string' && !cell.raw.includes('%') && Math.abs(value) > 0)
    add(cell, { rule, severity: 'warning', text: { kind: 'bare-text', code: row.code, raw: cell.raw.trim(), value }, actual: cell.raw });
};
