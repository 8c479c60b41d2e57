import { kindCheckIds } from '../../catalogue/rows';
import { cellKey } from '../../sheet/identity';
import type { Check } from '../check-context';
import { BUILT_IN_RULE } from '../rule-ids';

/**
 * A year counted only in part (2020 "to 31/3") that holds more of a yearly count (documents issued,
 * classes held) than every full year beside it: most likely the whole year was written. A warning
 * for the official to confirm, only where the row has at least one full year to compare with.
 */
export const partYearChecks: Check = {
  name: 'part-year',
  run({ template, readings, add }) {
    const ids = kindCheckIds(template);
    for (const table of template.tables) {
      const part = table.columns.filter((c) => c.role === 'value' && c.partYear);
      if (!part.length) continue;
      const full = table.columns.filter((c) => c.role === 'value' && !c.partYear && !c.kind);
      for (const row of table.sections.flatMap((s) => s.rows)) {
        if (!row.flow) continue;
        const years = full
          .map((c) => ({ c, v: readings.get(cellKey(row.code, c.key))?.value }))
          .filter((x): x is { c: typeof x.c; v: number } => typeof x.v === 'number');
        if (!years.length) continue;
        const most = years.reduce((a, b) => (b.v > a.v ? b : a));
        for (const c of part) {
          const s = readings.get(cellKey(row.code, c.key));
          if (!s || typeof s.value !== 'number' || s.value <= most.v) continue;
          add(s.cell, {
            rule: ids.get(row.code)?.partYear ?? BUILT_IN_RULE.partYear,
            severity: 'warning',
            text: { kind: 'part-year-high', code: row.code, column: c.header, value: s.value, most: most.v, mostColumn: most.c.header },
            expected: `${c.header} ≤ ${most.c.header}`,
            actual: s.value,
          });
        }
      }
    }
  },
};
