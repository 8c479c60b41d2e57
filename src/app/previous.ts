import type { Catalogue } from '../domain/catalogue/catalogue';
import { InputError } from '../domain/problems/errors';
import type { MergeResult } from '../domain/merge/merge';
import { comparePeriods, readBreakdown, type PeriodComparison, type Succession } from '../domain/merge/previous';
import { parsePeriod } from '../domain/period';
import { readTemplateSheet } from '../domain/sheet/read';
import type { SheetGrid } from './port';

/** The previous consolidation compared with this one: for `mergeSheets`' "So với kỳ trước". */
export interface PreviousPeriod {
  period: string;
  comparison: PeriodComparison;
  successions: readonly Succession[];
}

/**
 * Reads the previous period's consolidated workbook (its consolidated sheet of the same template
 * and its breakdown by unit) and compares this merge with it; an InputError naming the file when
 * it is no consolidation of this template.
 */
export function compareWithPrevious(
  r: MergeResult,
  file: string,
  grids: SheetGrid[],
  catalogue: Catalogue,
  successions: readonly Succession[] = [],
  /** The successions are the map's arrangement of this day (ISO): a previous period ending after it is already of the new units. */
  arrangedOn?: string,
): PreviousPeriod {
  const sheet = grids.map((g) => readTemplateSheet(g, catalogue)).find((s) => s?.template);
  if (!sheet) throw new InputError({ code: 'previous-not-consolidation', file });
  if (sheet.template!.id !== r.template.id)
    throw new InputError({ code: 'previous-other-template', file, template: sheet.template!.id, expected: r.template.id });
  const units = grids.map((g) => readBreakdown(g, r.template)).find((b) => b);
  if (!units) throw new InputError({ code: 'previous-not-consolidation', file });
  const taken = arrangedOn && !endsBefore(sheet.identity.period, arrangedOn) ? [] : successions;
  return { period: sheet.identity.period, comparison: comparePeriods(r, units, taken), successions: taken };
}

/** Whether a period's last month is before the month of a day ("2025-Q2" ends before "2025-07-01"; "2025" does not). */
function endsBefore(period: string, day: string): boolean {
  const p = parsePeriod(period);
  if (!p) return false;
  const lastMonth = p.kind === 'quarter' ? p.quarter * 3 : p.kind === 'half' ? 6 : 12;
  const [year, month] = day.split('-').map(Number);
  return p.year * 12 + lastMonth < year * 12 + month;
}
