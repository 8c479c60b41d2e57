import type { MergeResult } from '../merge/merge';
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
  const rows: TableRow[] = tallies.map(({ first, total: sum, each, judged, met }) => {
    const t = first.target;
    return {
      cells: [
        t.id,
        t.label,
        String(t.year),
        thresholdText(t),
        sum ? (sum.measure?.value ?? null) : '—',
        sum ? targetStatusText(sum.status) : '—',
        judged ? `${met}/${judged}` : '',
        ...each.map((x) => (x ? (x.measure?.value ?? null) : '—')),
      ],
      kinds: [undefined, undefined, undefined, undefined, valueKind(first), undefined, undefined, ...each.map(() => valueKind(first))],
      flagged: [false, false, false, false, sum?.status === 'not-met', false, false, ...each.map((x) => x?.status === 'not-met')],
    };
  });
  rows.push({
    cells: [
      'Ghi chú: giá trị tính lại từ số liệu thành phần của từng đơn vị; ô tô đỏ: không đạt; "—": mục tiêu không đặt cho đơn vị đó (theo cấp hoặc mục tiêu riêng của đơn vị khác); ô trống: chưa có số liệu.',
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
