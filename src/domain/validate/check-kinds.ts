import { kindCheckIds } from '../catalogue/rows';
import type { IndicatorKind } from '../catalogue/schema';
import type { Check } from './check-context';
import type { FilledReading, KindCheck } from './kind-check';
import { codeCheck } from './kind-code';
import { countCheck } from './kind-count';
import { groupCheck } from './kind-group';
import { moneyCheck } from './kind-money';
import { percentCheck } from './kind-percent';
import { BUILT_IN_RULE } from './rule-ids';

/** Each kind of indicator's check of a value; a text asks nothing. A new kind is one module and one line here. */
const BY_KIND: Record<IndicatorKind, KindCheck | undefined> = {
  group: groupCheck,
  count: countCheck,
  percent: percentCheck,
  money: moneyCheck,
  code: codeCheck,
  text: undefined,
};

/** What a value's kind asks of it: readable, a group row left empty, a ratio within 0–100%, a count whole and not negative, money not negative, a code from its list. */
export const kindChecks: Check = {
  name: 'kinds',
  run({ template, readings, add }) {
    const ids = kindCheckIds(template);
    for (const s of readings.values()) {
      if (s.problem)
        add(s.cell, {
          rule: BUILT_IN_RULE.unreadable,
          severity: 'error',
          text: { kind: 'unreadable', code: s.row.code, problem: s.problem },
          actual: s.problem.code === 'damaged' ? (s.problem.raw ?? null) : String(s.cell.raw),
        });
      else if (s.value !== null) BY_KIND[s.kind]?.(s as FilledReading, ids.get(s.row.code) ?? {}, add);
    }
  },
};
