import type { MergeResult } from '../merge/merge';
import { targetStatusText, thresholdText } from '../messages/targets';
import { parsePeriod } from '../period';
import { tablePlan, type TableRow } from '../render/table';
import type { SheetPlan } from '../sheet/plan';
import { levelOfUnit } from '../units/level';
import { resultOf, targetResults, type TargetResult, type UnitFigures } from './report';
import type { TargetSet } from './schema';

export const TARGETS_SHEET = 'Mục tiêu';

/**
 * "Mục tiêu" of a consolidation: each target the template's indicators measure, held against the
 * total and against each unit (its own level's threshold, its own targets), the units meeting it
 * counted. Undefined when no target is measured by the template.
 */
export function targetsSheet(r: MergeResult, sets: readonly TargetSet[], when: string): SheetPlan | undefined {
  const year = parsePeriod(r.period)?.year;
  const sheetOf = (figures: UnitFigures['sheets'][number]['figures']) => [{ template: r.template, figures }];
  const total: UnitFigures = withLevel({ unit: r.unit, ...(year ? { year } : {}), sheets: sheetOf({ ...r, reportedDerived: new Map() }) });
  const units = r.units.map((u) => withLevel({ unit: u.unit, ...(year ? { year } : {}), sheets: sheetOf(u) }));
  // The targets measured by this template that apply to the total or to one unit at least.
  const measured = (list: TargetResult[]) => list.filter((x) => x.measure);
  const perUnit = units.map((u) => measured(targetResults(u, sets)));
  const atTotal = measured(targetResults(total, sets));
  const rowsOf = new Map<string, TargetResult>();
  for (const x of [...atTotal, ...perUnit.flat()]) if (!rowsOf.has(x.target.id)) rowsOf.set(x.target.id, x);
  if (!rowsOf.size) return undefined;

  const rows: TableRow[] = [...rowsOf.values()].map((first) => {
    const t = first.target;
    const applies = (list: TargetResult[]) => list.find((x) => x.target.id === t.id);
    // A target set for the units' level (a commune's) is held against their total too; a unit's own target is that unit's alone.
    const sum = applies(atTotal) ?? (first.set.unit ? undefined : resultOf(t, first.set, total));
    const each = perUnit.map(applies);
    const judged = each.filter((x) => x && (x.status === 'met' || x.status === 'not-met'));
    const met = judged.filter((x) => x!.status === 'met').length;
    return {
      cells: [
        t.id,
        t.label,
        String(t.year),
        thresholdText(t),
        sum ? (sum.measure?.value ?? null) : '—',
        sum ? targetStatusText(sum.status) : '—',
        judged.length ? `${met}/${judged.length}` : '',
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

function withLevel(u: UnitFigures): UnitFigures {
  const level = levelOfUnit(u.unit);
  return level ? { ...u, level } : u;
}

/** A reduction is measured by a number of people or units; any other target by a rate. */
function valueKind(x: TargetResult): 'count' | 'percent' {
  return x.target.comparison === 'reduction' || x.target.unit === 'number' ? 'count' : 'percent';
}
