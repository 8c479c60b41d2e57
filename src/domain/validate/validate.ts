import { rowsByCode } from '../catalogue/rows';
import type { Template } from '../catalogue/schema';
import { computeDerived } from '../compute/derive';
import type { Num } from '../expr';
import { findingMessage } from '../messages/findings';
import { cellKey } from '../sheet/identity';
import { address, isCellAddress, parseAddress } from '../sheet/plan';
import type { CellDamage, TemplateSheet } from '../sheet/read';
import { interpret, type Interpreted } from '../values/interpret';
import type { Add, CellReading, CheckContext, Place, ReferenceData } from './check-context';
import { CHECKS } from './checks';
import type { Finding } from './finding';
import { valueCell } from '../cells/value-cells';
import { levelOfUnit } from '../units/level';

export type { CellReading, ReferenceData };

/** How a sheet is checked: data from outside it, and whether it is a consolidation the add-in wrote. */
export interface CheckOptions {
  reference?: ReferenceData;
  consolidated?: boolean;
}

/** Checks one template sheet against its template's rules; every finding names its cell. */
export function validateSheet(sheet: TemplateSheet, template: Template, options: CheckOptions = {}): Finding[] {
  return checkSheet(sheet, template, options).findings;
}

/** The findings of a check, with every value cell as the check read it (by cell key). */
export function checkSheet(
  sheet: TemplateSheet,
  template: Template,
  { reference, consolidated }: CheckOptions = {},
): { findings: Finding[]; readings: ReadonlyMap<string, CellReading> } {
  const rows = rowsByCode(template);
  const findings: Finding[] = [];
  const multiColumn = new Set([...sheet.cells.values()].map((c) => c.key)).size > 1;
  const multi = (c: Place) => (multiColumn && c.code && c.key ? cellKey(c.code, c.key) : c.code);
  const add: Add = (at, f) =>
    findings.push({
      sheet: sheet.sheet,
      cell: 'ref' in at ? at.ref : address(at.row, at.col),
      code: multi(at),
      ...f,
      message: findingMessage(f.text),
    });

  // Damaged cells of the file at a value cell are read as unreadable; the others are checked apart.
  const { damagedAt, elsewhere } = damagedCells(sheet);

  // Every value cell read by its kind.
  const readings = new Map<string, CellReading>();
  for (const [key, cell] of sheet.cells) {
    const row = rows.get(cell.code);
    if (!row) continue;
    // A column the template does not have (a sheet of another version) is read by the row.
    const spec = valueCell(template, cell.code, cell.key) ?? { kind: row.kind, codes: row.codes, derived: undefined };
    const { kind, codes, derived } = spec;
    const live = !!cell.formula && !!derived;
    const damage = damagedAt?.get(`${cell.row},${cell.col}`);
    const read: Interpreted = damage
      ? { ok: false, problem: { code: 'damaged', ref: damage.ref, damage: damage.problem, raw: damage.raw } }
      : interpret(cell.raw, { kind, codes, percentFormatted: !!cell.numFmt?.includes('%') });
    // One literal of one shape: spreading a shared part into two shapes cost a third of a check.
    readings.set(key, {
      cell,
      row,
      kind,
      codes,
      derived,
      live,
      value: read.ok ? read.value : null,
      readable: read.ok,
      problem: read.ok ? undefined : read.problem,
    });
  }

  // Live formulas are seen with the values they compute from the cells typed.
  const numeric = (code: string, key: string): Num => {
    const s = readings.get(cellKey(code, key));
    return s && !s.live && typeof s.value === 'number' ? s.value : null;
  };
  const pinned = new Set<string>();
  for (const [k, s] of readings) if (!s.live) pinned.add(k);
  const computed = computeDerived(template, numeric, pinned);
  const effectiveAt = (k: string): Num => {
    const s = readings.get(k);
    if (!s) return null;
    if (s.live) return computed.get(k) ?? null;
    return typeof s.value === 'number' ? s.value : null;
  };

  let codeOfRow: Map<number, string> | undefined;
  const ctx: CheckContext = {
    template,
    rows,
    readings,
    effectiveAt,
    level: levelOfUnit(sheet.identity.unit),
    ...(consolidated ? { consolidated } : {}),
    reference,
    damaged: elsewhere,
    identity: sheet.identity,
    codeAtRow: (row) => (codeOfRow ??= new Map([...sheet.rowOf].map(([code, r]) => [r, code]))).get(row),
    add,
  };
  for (const check of CHECKS) check.run(ctx);
  // By row, errors first; a damaged cell whose address is no cell of the sheet comes first of all.
  const rowOf = (cell: string) => (isCellAddress(cell) ? parseAddress(cell).row : 0);
  const ranked = findings.map((f) => ({ f, rank: rowOf(f.cell) * 2 + (f.severity === 'error' ? 0 : 1) }));
  return { findings: ranked.sort((a, b) => a.rank - b.rank).map((x) => x.f), readings };
}

/** The file's damaged cells: those at a value cell by position, and the others (none for most files: nothing built). */
function damagedCells(sheet: TemplateSheet): { damagedAt?: Map<string, CellDamage>; elsewhere: CellDamage[] } {
  if (!sheet.damaged.length) return { elsewhere: [] };
  const damagedAt = new Map(sheet.damaged.filter((d) => d.row !== undefined).map((d) => [`${d.row},${d.col}`, d]));
  const valueAt = new Set([...sheet.cells.values()].map((c) => `${c.row},${c.col}`));
  return { damagedAt, elsewhere: sheet.damaged.filter((d) => !valueAt.has(`${d.row},${d.col}`)) };
}
