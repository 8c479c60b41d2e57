import { parseCodeCounts } from '../values/code-counts';
import { codeList, type KindCheck } from './kind-check';
import { BUILT_IN_RULE } from './rule-ids';

/**
 * A coded answer is one of its list (a consolidation's "Đạt: 3; Không đạt: 1" counts aside); a
 * numeric code typed as text in another form ("01" for 1) is a warning.
 */
export const codeCheck: KindCheck = (s, ids, add) => {
  const { cell, row, value } = s;
  const rule = ids.codeList ?? BUILT_IN_RULE.codeList;
  const codes = s.codes ?? [];
  if (typeof value !== 'number') {
    if (!parseCodeCounts(value) && !codes.some((c) => c.value === value))
      add(cell, { rule, severity: 'error', text: { kind: 'not-in-list', code: row.code, value, list: codeList(s) }, actual: value });
    return;
  }
  if (s.live) return;
  if (!codes.some((c) => c.value === value))
    add(cell, { rule, severity: 'error', text: { kind: 'not-in-code-list', code: row.code, value, list: codeList(s) }, actual: value });
  else if (typeof cell.raw === 'string' && cell.raw.trim() !== String(value))
    add(cell, { rule, severity: 'warning', text: { kind: 'code-form', code: row.code, raw: cell.raw.trim(), value }, actual: cell.raw });
};
