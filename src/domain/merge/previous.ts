import { rowValueKeys, computeDerived } from '../compute/derive';
import { templateRows, valueColumns } from '../catalogue/rows';
import type { Template } from '../catalogue/schema';
import { valueCell } from '../cells/value-cells';
import type { Num } from '../expr';
import { cellKey } from '../sheet/identity';
import type { CellValue } from '../sheet/plan';
import type { Grid } from '../sheet/read';
import { type MergeResult } from './merge';
import { unitKey } from '../units/identity';
import { SUBTOTAL_PREFIX } from './groups';

/** A unit made of earlier ones (the 2025 arrangement: a commune of 2026 is often three of 2024). */
export interface Succession {
  unit: string;
  from: string[];
  /** When it took effect, as written ("01/7/2025"). */
  date?: string;
}

/** What each unit reported in the previous consolidation, read from its breakdown sheet. */
export interface PreviousUnits {
  /** Unit names in the sheet's order. */
  units: string[];
  /** Input values (numbers only) by unit key, then cell key. */
  values: Map<string, Map<string, number>>;
}

const BREAKDOWN_HEADER = ['Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị có số liệu'];

/**
 * The units' figures in a consolidation's "Chi tiết theo đơn vị" sheet: the header row names the
 * units from its sixth column; each row's first cell names its indicator ("VII.5.3", or "1.1 (Năm
 * 2016)" in a form with several value columns). Derived rows are left out: they are recomputed
 * from the parts. Undefined when the grid is no such sheet.
 */
export function readBreakdown(grid: Grid, t: Template): PreviousUnits | undefined {
  const headerRow = grid.values.findIndex((r) => BREAKDOWN_HEADER.every((h, i) => String(r[i] ?? '').trim() === h));
  if (headerRow < 0) return undefined;
  // Group subtotals are left out: their units are there.
  const unitCols = grid.values[headerRow]
    .slice(5)
    .map((u, i) => ({ unit: String(u ?? '').trim(), col: 5 + i }))
    .filter((c) => c.unit && !c.unit.startsWith(SUBTOTAL_PREFIX));
  const units = unitCols.map((c) => c.unit);
  const keyOf = new Map<string, string>();
  const columns = valueColumns(t);
  const multi = new Set([...rowValueKeys(t).values()].flat()).size > 1;
  for (const row of templateRows(t))
    for (const key of rowValueKeys(t).get(row.code) ?? []) {
      const cell = valueCell(t, row.code, key);
      if (!cell || cell.derived || !['count', 'money', 'percent'].includes(cell.kind)) continue;
      keyOf.set(multi ? `${row.code} (${columns.get(key)?.header ?? key})` : row.code, cellKey(row.code, key));
    }
  const values = new Map(units.map((u) => [unitKey(u), new Map<string, number>()]));
  for (const r of grid.values.slice(headerRow + 1)) {
    const k = keyOf.get(String(r[0] ?? '').trim());
    if (!k) continue;
    for (const c of unitCols) {
      const v = r[c.col];
      if (typeof v === 'number' && Number.isFinite(v)) values.get(unitKey(c.unit))!.set(k, v);
    }
  }
  return { units, values };
}

/** One figure then and now. `delta` is the change (in points for a rate), `relative` for counts; `sharp` past the thresholds. */
export interface Change {
  before: number | null;
  now: number | null;
  delta: number | null;
  relative: number | null;
  sharp: boolean;
}

/**
 * A rate moving by more than 20 percentage points is a sharp change; a count moving by more than
 * half and by at least 5 (so that 2 → 4 documents is not), or from 0 to 5 or more.
 */
export const SHARP_RATE = 0.2;
export const SHARP_COUNT = 0.5;
export const SHARP_COUNT_MIN = 5;

export interface PeriodComparison {
  rows: { code: string; key: string; percent: boolean; total: Change; units: Change[] }[];
  /** Each unit of this period and the previous units its figures are compared with. */
  predecessors: { unit: string; from: string[]; succession: boolean }[];
  /** Units of this period with no figures then and no succession entry: compared with nothing. */
  appeared: string[];
  /** Units of the previous period that no unit of this one stands for. */
  vanished: string[];
  /** Succession entries naming a previous unit the previous consolidation does not have. */
  unknownPredecessors: string[];
}

/**
 * Each unit and the total against the previous consolidation. A unit's previous figures are its
 * own, or the sum of its predecessors' where the succession list names them (three communes
 * merged into one); ratios are recomputed from the summed parts. Units that appear or vanish
 * without a succession entry are named, never compared with nothing.
 */
export function comparePeriods(r: MergeResult, prev: PreviousUnits, successions: readonly Succession[]): PeriodComparison {
  const t = r.template;
  const named = new Map(successions.map((s) => [unitKey(s.unit), s]));
  const had = new Set(prev.values.keys());
  const used = new Set<string>();
  const unknownPredecessors: string[] = [];
  const predecessors = r.units.map((u) => {
    const s = named.get(unitKey(u.unit));
    const from = s ? s.from : had.has(unitKey(u.unit)) ? [u.unit] : [];
    for (const f of from) {
      if (had.has(unitKey(f))) used.add(unitKey(f));
      else if (s) unknownPredecessors.push(f);
    }
    return { unit: u.unit, from: from.filter((f) => had.has(unitKey(f))), succession: !!s };
  });
  const sumOf = (names: readonly string[]) => {
    const sum = new Map<string, number>();
    for (const n of names) for (const [k, v] of prev.values.get(unitKey(n)) ?? []) sum.set(k, (sum.get(k) ?? 0) + v);
    return sum;
  };
  const figuresOf = (inputs: Map<string, number>, parts: number) => ({
    inputs,
    derived: computeDerived(t, (code, key) => inputs.get(cellKey(code, key)) ?? null),
    parts,
  });
  const before = predecessors.map((p) => (p.from.length ? figuresOf(sumOf(p.from), p.from.length) : undefined));
  const totalBefore = figuresOf(sumOf(prev.units), prev.units.length);

  const rows: PeriodComparison['rows'] = [];
  for (const row of templateRows(t))
    for (const key of rowValueKeys(t).get(row.code) ?? []) {
      const cell = valueCell(t, row.code, key);
      if (!cell || !['count', 'money', 'percent'].includes(cell.kind)) continue;
      const k = cellKey(row.code, key);
      const percent = cell.kind === 'percent';
      // A rate with no parts cannot be added up across predecessors: compared only unit to unit.
      const then = (f: ReturnType<typeof figuresOf> | undefined): number | null =>
        !f ? null : cell.derived ? (f.derived.get(k) ?? null) : percent && f.parts > 1 ? null : (f.inputs.get(k) ?? null);
      const nowOf = (values: ReadonlyMap<string, CellValue>, derived: ReadonlyMap<string, Num>): number | null => {
        const v = cell.derived ? derived.get(k) : values.get(k);
        return typeof v === 'number' ? v : null;
      };
      rows.push({
        code: row.code,
        key,
        percent,
        total: change(then(totalBefore), nowOf(r.values, r.derived), percent),
        units: r.units.map((u, i) => change(then(before[i]), nowOf(u.values, u.derived), percent)),
      });
    }
  return {
    rows,
    predecessors,
    appeared: predecessors.filter((p) => !p.from.length).map((p) => p.unit),
    vanished: prev.units.filter((u) => !used.has(unitKey(u))),
    unknownPredecessors,
  };
}

function change(before: number | null, now: number | null, percent: boolean): Change {
  if (before === null || now === null) return { before, now, delta: null, relative: null, sharp: false };
  const delta = now - before;
  const relative = percent || before === 0 ? null : delta / before;
  const sharp = percent
    ? Math.abs(delta) > SHARP_RATE + 1e-9
    : Math.abs(delta) >= SHARP_COUNT_MIN && (relative === null || Math.abs(relative) > SHARP_COUNT + 1e-9);
  return { before, now, delta, relative, sharp };
}
