import type { Check } from '../check-context';
import { BUILT_IN_RULE } from '../rule-ids';

/**
 * Cells of the file the reader could not take, other than value cells (those are read as
 * unreadable): one whose address is no cell of a sheet may have held anything, an error; one in
 * a label or note column, a warning.
 */
export const damagedCells: Check = {
  name: 'damaged',
  run({ damaged, codeAtRow, add }) {
    for (const d of damaged) {
      const problem = { code: 'damaged' as const, ref: d.ref, damage: d.problem, raw: d.raw };
      const code = d.row === undefined ? '' : (codeAtRow(d.row) ?? '');
      const at = d.row === undefined || d.col === undefined ? { ref: d.ref, code, key: '' } : { row: d.row, col: d.col, code, key: '' };
      add(at, {
        rule: BUILT_IN_RULE.unreadable,
        severity: d.row === undefined ? 'error' : 'warning',
        text: { kind: 'cell-damaged', problem },
        ...(d.raw === undefined ? {} : { actual: d.raw }),
      });
    }
  },
};
