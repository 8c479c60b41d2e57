import type { MergeResult } from '../../domain/merge/merge';
import { templateRows } from '../../domain/catalogue/rows';
import type { Lang } from '../../domain/messages/lang';
import { outlierText } from '../../domain/messages/merge-log';

/** A merge as written in JSON output: what was consolidated, the log, the errors, the unusual values, completeness and notes. */
export function mergeJson(result: MergeResult, out: string, lang: Lang = 'vi') {
  const percent = new Set(
    templateRows(result.template)
      .filter((r) => r.kind === 'percent')
      .map((r) => r.code),
  );
  return {
    template: result.template.id,
    period: result.period,
    unit: result.unit,
    out,
    log: result.log,
    errors: result.errors.map((e) => ({ file: e.file, unit: e.unit, ...e.finding })),
    outliers: result.outliers.map((o) => ({
      ...o,
      perSize: o.perSize ?? null,
      message: outlierText(o, result.template, percent.has(o.code), lang),
    })),
    completeness: result.completeness,
    notes: result.notes,
  };
}
