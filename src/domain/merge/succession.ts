import { csvRecords } from '../fill/csv';
import type { CellValue } from '../sheet/plan';
import { unitKey } from '../units/identity';
import type { Succession } from './previous';

/**
 * A unit-succession list, one line per new unit and earlier unit: "new unit, earlier unit[,
 * date]" (several earlier units on several lines, or in one field separated by ";"; a list
 * written with ";" between its columns holds one earlier unit a line). A first line naming its
 * columns ("Đơn vị mới", "Đơn vị cũ"…) is a header.
 */
export function successionFromRows(rows: readonly (readonly CellValue[])[]): Succession[] {
  const byUnit = new Map<string, Succession>();
  rows.forEach((r, i) => {
    const [unit, from, date] = [0, 1, 2].map((c) => String(r[c] ?? '').trim());
    if (i === 0 && isHeader(unit, from)) return;
    if (!unit || !from) return;
    const s = byUnit.get(unitKey(unit)) ?? { unit, from: [] };
    for (const f of from
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean))
      if (!s.from.some((x) => unitKey(x) === unitKey(f))) s.from.push(f);
    if (date && !s.date) s.date = date;
    byUnit.set(unitKey(unit), s);
  });
  return [...byUnit.values()];
}

/** Column names ("Đơn vị mới", "Đơn vị cũ"), not units whose names hold those words ("UBND phường Mới"). */
function isHeader(unit: string, from: string): boolean {
  const named = (s: string) => /^(ubnd|ủy ban|sở|xã|phường|thị trấn|huyện|quận|tỉnh|thành phố)(\s|$)/i.test(s.normalize('NFC'));
  return /đơn vị|mới|new|unit/i.test(unit) && /cũ|trước|old|from/i.test(from) && !named(unit) && !named(from);
}

/** The same list as a CSV text. */
export function successionFromText(text: string): Succession[] {
  return successionFromRows(csvRecords(text, true).recs.map((r) => r.fields));
}
