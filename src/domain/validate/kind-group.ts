import type { KindCheck } from './kind-check';
import { BUILT_IN_RULE } from './rule-ids';

/** A group row heads its section: a value typed in it is a warning. */
export const groupCheck: KindCheck = ({ cell, row, value }, ids, add) =>
  add(cell, {
    rule: ids.groupEmpty ?? BUILT_IN_RULE.groupValue,
    severity: 'warning',
    text: { kind: 'group-value', code: row.code, value: String(value) },
    actual: value,
  });
