import type { Lang } from '../../domain/messages/lang';
import { assessmentText, resultNoteText, targetStatusText, thresholdText } from '../../domain/messages/targets';
import { address } from '../../domain/sheet/plan';
import type { UnitTargets } from '../targets';

/** A unit's targets as written in JSON output: every field present, null where there is no value; the words in a language. */
export function targetsJson(u: UnitTargets, lang: Lang = 'vi') {
  return {
    unit: u.unit,
    level: u.level ?? null,
    year: u.year ?? null,
    sheets: u.sheets,
    within: u.within ?? null,
    targets: u.results.map((r) => ({
      id: r.target.id,
      set: r.set.id,
      label: r.target.label,
      year: r.target.year,
      status: r.status,
      statusText: targetStatusText(r.status, lang),
      comparison: r.target.comparison ?? null,
      threshold: r.threshold ?? null,
      thresholdText: thresholdText(r.target, lang, r.threshold),
      value: r.measure?.value ?? null,
      measure: r.measure
        ? {
            template: r.measure.template,
            code: r.measure.code,
            column: r.measure.key,
            approximate: !!r.measure.approximate,
            reported: r.measure.reported ?? null,
          }
        : null,
      base: r.base ?? null,
      reduction: r.reduction ?? null,
      note: resultNoteText(r, lang),
    })),
    assessments: u.assessments.map((a) => ({
      sheet: a.sheet,
      cell: address(a.row, a.col),
      template: a.template,
      code: a.code,
      written: a.written,
      proposal: a.proposal,
      state: a.state,
      text: assessmentText(a, lang),
    })),
  };
}
