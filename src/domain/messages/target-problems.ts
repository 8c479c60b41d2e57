import type { TargetProblem } from '../problems/target-problem';
import { excerpt, LISTED, type Lang } from './lang';

/** What a list of targets asks that cannot be judged, in a language: the first `LISTED` problems, then how many more. */
export function targetProblemsText(problems: readonly TargetProblem[], lang: Lang = 'vi'): string {
  const shown = problems.slice(0, LISTED).map((p) => targetProblemText(p, lang));
  const rest = problems.length - LISTED;
  if (rest > 0) shown.push(lang === 'vi' ? `và ${rest} chỗ sai khác` : `and ${rest} more problems`);
  return shown.join('; ');
}

function targetProblemText(p: TargetProblem, lang: Lang): string {
  const vi = lang === 'vi';
  const id = excerpt(p.target);
  switch (p.kind) {
    case 'no-comparison':
      return vi ? `${id}: thiếu cách so sánh ("comparison")` : `${id}: no comparison ("comparison") is given`;
    case 'threshold-or-by-level':
      return vi ? `${id}: cần đúng một trong "threshold" và "byLevel"` : `${id}: exactly one of "threshold" and "byLevel" is needed`;
    case 'between-up-to':
      return vi ? `${id}: khoảng cần "upTo" lớn hơn ngưỡng` : `${id}: a range needs "upTo" above the threshold`;
    case 'reduction-base-year':
      return vi ? `${id}: mức giảm cần năm gốc trước năm mục tiêu` : `${id}: a reduction needs a base year before the target's year`;
    case 'judged-without-threshold':
      return vi
        ? `${id}: mục tiêu không có ngưỡng số thì không có so sánh, ngưỡng hay chỉ tiêu đo`
        : `${id}: a target without a numeric threshold has no comparison, threshold or measured indicator`;
    case 'no-indicator':
      return vi
        ? `${id}: không có chỉ tiêu ${excerpt(p.code)} trong mẫu ${excerpt(p.template)}`
        : `${id}: template ${excerpt(p.template)} has no indicator ${excerpt(p.code)}`;
    case 'indicator-kind': {
      const needs = p.needs === 'number' ? (vi ? 'số' : 'number') : vi ? 'tỷ lệ' : 'rate';
      return vi
        ? `${id}: chỉ tiêu ${p.code} của mẫu ${p.template} không phải là ${needs}`
        : `${id}: indicator ${p.code} of template ${p.template} is not a ${needs}`;
    }
    case 'no-assessment':
      return vi
        ? `${id}: mẫu ${excerpt(p.template)} không có dòng tự đánh giá ${excerpt(p.code)}`
        : `${id}: template ${excerpt(p.template)} has no self-assessment row ${excerpt(p.code)}`;
    case 'repeated':
      return vi ? `mục tiêu "${id}" bị trùng` : `target "${id}" is given twice`;
    case 'in-other-set':
      return vi ? `mục tiêu "${id}" đã có trong "${excerpt(p.set)}"` : `target "${id}" is already in "${excerpt(p.set)}"`;
  }
}
