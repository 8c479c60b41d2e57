import { templateRows, valueColumns } from '../catalogue/rows';
import { rowValueKeys } from '../compute/derive';
import { tablePlan, type TableRow } from '../render/table';
import type { SheetPlan } from '../sheet/plan';
import { type MergeResult } from './merge';
import { unitKey } from '../units/identity';
import type { PeriodComparison, Succession } from './previous';

export const PREVIOUS_SHEET = 'So với kỳ trước';

/**
 * "So với kỳ trước": each indicator then and now for the total, and each unit's change (in
 * points for a rate), sharp changes in amber; under it, whose figures each unit is compared with,
 * and the units that appeared or vanished.
 */
export function previousSheet(
  r: MergeResult,
  c: PeriodComparison,
  previousPeriod: string,
  when: string,
  successions: readonly Succession[],
): SheetPlan {
  const labels = new Map(templateRows(r.template).map((x) => [x.code, x]));
  const multi = new Set([...rowValueKeys(r.template).values()].flat()).size > 1;
  const headers = valueColumns(r.template);
  const rows: TableRow[] = c.rows.map((x) => {
    const kind = x.percent ? ('percent' as const) : ('count' as const);
    const row = labels.get(x.code)!;
    return {
      cells: [
        multi ? `${x.code} (${headers.get(x.key)?.header ?? x.key})` : x.code,
        row.label,
        x.total.before,
        x.total.now,
        x.total.delta,
        ...x.units.map((u) => u.delta),
      ],
      kinds: [undefined, undefined, kind, kind, kind, ...x.units.map(() => kind)],
      unusual: [false, false, false, false, x.total.sharp, ...x.units.map((u) => u.sharp)],
    };
  });
  const note = (text: string): TableRow => ({ cells: [null, text], bold: true, spanFrom: 1 });
  rows.push({ cells: [] });
  rows.push(
    note(
      `Thay đổi = kỳ này − kỳ trước; với tỷ lệ là số điểm phần trăm. Ô tô vàng: thay đổi lớn (tỷ lệ quá 20 điểm; số đếm quá một nửa và từ 5 trở lên). Tỷ lệ của đơn vị gồm nhiều đơn vị cũ được tính lại từ số liệu thành phần đã cộng.`,
    ),
  );
  const dated = new Map(successions.map((s) => [unitKey(s.unit), s.date]));
  for (const p of c.predecessors.filter((x) => x.succession))
    rows.push(
      note(
        `${p.unit} so với: ${p.from.join('; ') || 'không có đơn vị nào trong kỳ trước'}${dated.get(unitKey(p.unit)) ? ` (sắp xếp từ ${dated.get(unitKey(p.unit))})` : ''}`,
      ),
    );
  if (c.appeared.length)
    rows.push(
      note(`Không có số liệu kỳ trước, không so sánh (đơn vị mới hoặc đổi tên mà thiếu trong danh sách sắp xếp): ${c.appeared.join(', ')}`),
    );
  if (c.vanished.length) rows.push(note(`Có trong kỳ trước nhưng không đơn vị nào của kỳ này thay thế: ${c.vanished.join(', ')}`));
  if (c.unknownPredecessors.length)
    rows.push(note(`Danh sách sắp xếp nêu đơn vị không có trong tổng hợp kỳ trước: ${c.unknownPredecessors.join(', ')}`));
  return tablePlan(
    PREVIOUS_SHEET,
    [`SO SÁNH VỚI KỲ TRƯỚC — ${r.template.name.toLocaleUpperCase('vi')}`, `${r.unit}: ${when} so với kỳ ${previousPeriod}`],
    [
      { header: 'Mã chỉ tiêu', width: 11, kind: 'text' },
      { header: 'Chỉ tiêu', width: 44, kind: 'text' },
      { header: 'Tổng hợp kỳ trước', width: 12, kind: 'count' },
      { header: 'Tổng hợp kỳ này', width: 12, kind: 'count' },
      { header: 'Thay đổi', width: 11, kind: 'count' },
      ...r.units.map((u) => ({ header: `${u.unit}: thay đổi`, width: 14, kind: 'count' as const })),
    ],
    rows,
  );
}
