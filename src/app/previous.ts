import type { Catalogue } from '../domain/catalogue/catalogue';
import { InputError } from '../domain/errors';
import type { MergeResult } from '../domain/merge/merge';
import { comparePeriods, readBreakdown, type PeriodComparison, type Succession } from '../domain/merge/previous';
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
): PreviousPeriod {
  const sheet = grids.map((g) => readTemplateSheet(g, catalogue)).find((s) => s?.template);
  if (!sheet) throw new InputError({ code: 'previous-not-consolidation', file });
  if (sheet.template!.id !== r.template.id)
    throw new InputError({ code: 'previous-other-template', file, template: sheet.template!.id, expected: r.template.id });
  const units = grids.map((g) => readBreakdown(g, r.template)).find((b) => b);
  if (!units) throw new InputError({ code: 'previous-not-consolidation', file });
  return { period: sheet.identity.period, comparison: comparePeriods(r, units, successions), successions };
}
