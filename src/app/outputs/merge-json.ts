import type { MergeResult } from '../../domain/merge/merge';

/** A merge as written in JSON output: what was consolidated, the log, the errors, completeness and notes. */
export function mergeJson(result: MergeResult, out: string) {
  return {
    template: result.template.id,
    period: result.period,
    unit: result.unit,
    out,
    log: result.log,
    errors: result.errors.map((e) => ({ file: e.file, unit: e.unit, ...e.finding })),
    completeness: result.completeness,
    notes: result.notes,
  };
}
