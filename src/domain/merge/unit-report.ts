import { rowsByCode } from '../catalogue/rows';
import { computeDerived } from '../compute/derive';
import type { Num } from '../expr';
import { cellKey, type SheetIdentity } from '../sheet/identity';
import { address } from '../sheet/plan';
import type { RecognitionFacts, TemplateSheet } from '../sheet/read';
import type { Finding } from '../validate/finding';
import { checkSheet } from '../validate/validate';
import { InputError } from '../errors';

/**
 * What one received file brings to a merge, worked out from its sheet alone: checked, its
 * values read by kind and its own derived values computed. Plain data (maps of numbers and
 * texts), so that files can be prepared apart, one by one or on several threads.
 */
export interface UnitReport {
  identity: SheetIdentity;
  /** What the unit reported, read by kind (numbers, code values, texts), by cell key; derived cells left out. */
  values: Map<string, number | string | null>;
  /** The unit's derived values computed from its own parts. */
  derived: Map<string, Num>;
  /** The derived cells as the unit's sheet holds them (its formula's result or a figure typed over it), by cell key; absent where the recomputed value stands for it. */
  reportedDerived: Map<string, number | string | null>;
  /** The check's errors, each at its cell: listed in the log, flagged in the breakdown. */
  errors: Finding[];
  /** Cell keys of the values the errors point at. */
  errorCells: string[];
  warnings: number;
  /** What of the file cannot be carried into a total, and why. */
  notes: string[];
  /** Present when the sheet was typed by hand and recognised. */
  recognised?: RecognitionFacts;
}

/** Prepares a template sheet of the file `file` for merging (the sheet's template must be known). */
export function unitReport(file: string, sheet: TemplateSheet): UnitReport {
  const template = sheet.template;
  if (!template) throw new InputError({ code: 'sheet-template-unknown', file, sheet: sheet.sheet, template: sheet.identity.templateId });
  const rows = rowsByCode(template);
  const { findings, readings } = checkSheet(sheet, template);
  const errors = findings.filter((x) => x.severity === 'error');
  const notes: string[] = [];
  if (sheet.identity.version !== template.version)
    notes.push(
      `${file}: mẫu ${template.id} phiên bản ${sheet.identity.version}, phần mềm có phiên bản ${template.version}: đọc theo mã chỉ tiêu`,
    );
  for (const cell of sheet.cells.values())
    if (!rows.has(cell.code))
      notes.push(`${file}: mã ${cell.code} không có trong mẫu ${template.id} phiên bản ${template.version}, không tổng hợp`);
  const values = new Map<string, number | string | null>();
  const reportedDerived = new Map<string, number | string | null>();
  for (const [key, r] of readings) {
    if (r.kind === 'group') continue;
    if (r.derived) {
      // A live formula without a stored result reports what it computes; an unreadable cell is the check's error.
      if (r.readable && !(r.live && r.value === null)) reportedDerived.set(key, r.value);
      continue;
    }
    if (r.readable) values.set(key, r.value);
    else {
      const raw = (r.problem?.code === 'damaged' ? (r.problem.raw ?? '') : String(r.cell.raw)).slice(0, 100);
      notes.push(`${file}: ô ${r.cell.code} ghi "${raw}" không đọc được, không cộng vào tổng`);
    }
  }
  for (const u of sheet.recognised?.unmatched ?? [])
    notes.push(
      `${file}: ô ${address(u.row, u.col)} "${u.label.slice(0, 60)}" không nhận ra là chỉ tiêu nào${u.closest ? ` (gần nhất: ${u.closest})` : ''}, không tổng hợp`,
    );
  const missing = [...rows.keys()].filter((c) => !sheet.rowOf.has(c));
  if (missing.length)
    notes.push(`${file}: thiếu ${missing.length} dòng của mẫu (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`);
  const derived = computeDerived(template, (code, key) => asNumber(values.get(cellKey(code, key))));
  return {
    identity: sheet.identity,
    values,
    derived,
    reportedDerived,
    errors,
    errorCells: errorCellsOf(sheet, errors),
    warnings: findings.length - errors.length,
    notes,
    ...(sheet.recognised ? { recognised: sheet.recognised } : {}),
  };
}

/** Cell keys of the values the errors point at. */
function errorCellsOf(sheet: TemplateSheet, errors: Finding[]): string[] {
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a shortcut; without errors the list below is empty too
  if (!errors.length) return [];
  const keyAt = new Map([...sheet.cells].map(([key, c]) => [address(c.row, c.col), key]));
  return [...new Set(errors.map((f) => keyAt.get(f.cell)).filter((k): k is string => !!k))];
}

export function asNumber(v: unknown): Num {
  return typeof v === 'number' ? v : null;
}
