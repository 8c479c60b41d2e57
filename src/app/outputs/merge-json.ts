import type { MergeResult } from '../../domain/merge/merge';
import { rowsByCode } from '../../domain/catalogue/rows';
import type { Lang } from '../../domain/messages/lang';
import { outlierText } from '../../domain/messages/merge-log';
import { dayText } from '../../domain/merge/deadlines';

/** A merge as written in JSON output: what was consolidated, the log, the errors, the unusual values, completeness and notes. */
export function mergeJson(result: MergeResult, out: string, lang: Lang = 'vi') {
  const rows = rowsByCode(result.template);
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
      message: outlierText(o, result.template, rows.get(o.code)?.kind === 'percent', lang),
    })),
    timeliness: result.timeliness
      ? {
          dueBefore: result.timeliness.dueBefore === undefined ? null : dayText(result.timeliness.dueBefore),
          window: { from: dayText(result.timeliness.window.from), to: dayText(result.timeliness.window.to) },
          late: result.timeliness.late.map((s) => ({ unit: s.unit, file: s.file, day: dayText(s.day), days: s.days, source: s.source })),
          stale: result.timeliness.stale.map((s) => ({ unit: s.unit, file: s.file, day: dayText(s.day), source: s.source })),
          early: result.timeliness.early.map((s) => ({ unit: s.unit, file: s.file, day: dayText(s.day), source: s.source })),
          sent: result.timeliness.sent.map((s) => ({
            unit: s.unit,
            file: s.file,
            day: s.day === undefined ? null : dayText(s.day),
            source: s.source,
          })),
          undated: result.timeliness.undated.map((s) => s.unit),
        }
      : null,
    completeness: result.completeness,
    notes: result.notes,
  };
}
