import type { MergeResult } from '../merge/merge';
import { shownText } from '../messages/findings';
import { targetStatusText, thresholdText } from '../messages/targets';
import { tablePlan, type TableRow } from '../render/table';
import type { SheetPlan } from '../sheet/plan';
import type { TargetResult } from './report';
import { targetTallies } from './tally';
import type { TargetSet } from './schema';

export const TARGETS_SHEET = 'Mục tiêu';

/**
 * "Mục tiêu" of a consolidation: each target the template's indicators measure, held against the
 * total and against each unit (its own level's threshold, its own targets), the units meeting it
 * counted. Undefined when no target is measured by the template.
 */
export function targetsSheet(r: MergeResult, sets: readonly TargetSet[], when: string): SheetPlan | undefined {
  const tallies = targetTallies(r, sets);
  if (!tallies.length) return undefined;
  const rows: TableRow[] = tallies.map(({ first, total: sum, each, judged, met, inError }) => {
    const t = first.target;
    // A value in error is shown as text with its flag, never as a figure judged.
    const shown = (x: TargetResult) =>
      x.status === 'in-error' && x.measure?.value != null
        ? `${shownText({ value: x.measure.value, kind: valueKind(first) }, 'vi')} — lỗi, không xét`
        : (x.measure?.value ?? null);
    const kind = (x: TargetResult | undefined) => (x?.status === 'in-error' ? 'text' : valueKind(first));
    const totalStatus = sum ? `${targetStatusText(sum.status)}${inError ? ` (gồm số liệu lỗi của ${inError} đơn vị)` : ''}` : '—';
    return {
      cells: [
        t.id,
        t.label,
        String(t.year),
        thresholdText(t),
        sum ? shown(sum) : '—',
        totalStatus,
        [judged ? `${met}/${judged}` : '', inError ? `${inError} đơn vị số liệu lỗi, không xét` : ''].filter(Boolean).join('; '),
        ...each.map((x) => (x ? shown(x) : '—')),
      ],
      kinds: [undefined, undefined, undefined, undefined, kind(sum), undefined, undefined, ...each.map(kind)],
      flagged: [
        false,
        false,
        false,
        false,
        sum?.status === 'not-met' || sum?.status === 'in-error',
        false,
        false,
        ...each.map((x) => x?.status === 'not-met' || x?.status === 'in-error'),
      ],
    };
  });
  rows.push({
    cells: [
      'Ghi chú: giá trị tính lại từ số liệu thành phần của từng đơn vị; ô tô đỏ: không đạt, hoặc số liệu có lỗi khi kiểm tra ("lỗi, không xét": không tính là đạt hay không đạt, không tính vào số đơn vị đạt); "—": mục tiêu không đặt cho đơn vị đó (theo cấp hoặc mục tiêu riêng của đơn vị khác); ô trống: chưa có số liệu.',
    ],
    spanFrom: 0,
  });
  return tablePlan(
    TARGETS_SHEET,
    [`ĐỐI CHIẾU MỤC TIÊU — ${r.template.name.toLocaleUpperCase('vi')}`, `${r.unit}, ${when}: ${r.units.length} đơn vị`],
    [
      { header: 'Mã', width: 11, kind: 'text' },
      { header: 'Mục tiêu', width: 44, kind: 'text' },
      { header: 'Mốc', width: 7, kind: 'text' },
      { header: 'Ngưỡng', width: 14, kind: 'text' },
      { header: 'Tổng hợp', width: 11, kind: 'percent' },
      { header: 'Kết quả', width: 11, kind: 'text' },
      { header: 'Số đơn vị đạt', width: 10, kind: 'text' },
      ...r.units.map((u) => ({ header: u.unit, width: 14, kind: 'percent' as const })),
    ],
    rows,
  );
}

/** A reduction is measured by a number of people or units; any other target by a rate. */
function valueKind(x: TargetResult): 'count' | 'percent' {
  return x.target.comparison === 'reduction' || x.target.unit === 'number' ? 'count' : 'percent';
}
