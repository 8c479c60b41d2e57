import { rowValueKeys } from '../compute/derive';
import { cellKey } from '../sheet/identity';
import { appliesToLevel } from './evaluate';
import type { FigureSheet } from './figures';
import { resultOf, type TargetResult, type UnitFigures } from './report';
import type { TargetSet } from './schema';

export const MET = 'Đạt';
export const NOT_MET = 'Không đạt';

/**
 * A self-assessment row ("Đạt/Không đạt") and what the figures say of it. proposed: the cell is
 * empty and the figures settle it; agrees: the answer written is what they say; override: the
 * official wrote another answer, kept as written; open: the figures do not settle it (a goal with
 * no figure, an indicator not at hand or empty), for the official to judge.
 */
export interface Assessment {
  template: string;
  code: string;
  /** The answer's value column. */
  key: string;
  written: string | null;
  proposal: typeof MET | typeof NOT_MET | null;
  state: 'proposed' | 'agrees' | 'override' | 'open';
  /** The targets behind the row, with their outcomes. */
  grounds: TargetResult[];
  /** Some of the row's goal has no figure: the proposal covers its quantitative part only. */
  partial: boolean;
}

/**
 * The self-assessment rows of a unit's sheets, each with a proposal where its targets' figures
 * settle it: "Không đạt" when one target with a value is not met, "Đạt" when every target that
 * has a threshold is met.
 */
export function assessments(u: UnitFigures, sets: readonly TargetSet[]): Assessment[] {
  const out: Assessment[] = [];
  for (const sheet of u.sheets) {
    const rows = new Map<string, TargetResult[]>();
    for (const set of sets)
      for (const t of set.targets)
        // Stryker disable next-line ArrayDeclaration: a made-up entry names no template and is passed over.
        for (const a of t.assesses ?? [])
          if (a.template === sheet.template.id && appliesToLevel(t, u.level))
            rows.set(a.code, [...(rows.get(a.code) ?? []), resultOf(t, set, u)]);
    for (const [code, grounds] of rows) out.push(assessRow(sheet, code, grounds));
  }
  return out;
}

function assessRow(sheet: FigureSheet, code: string, grounds: TargetResult[]): Assessment {
  const key = rowValueKeys(sheet.template).get(code)![0];
  const raw = sheet.figures.values.get(cellKey(code, key));
  const written = typeof raw === 'string' ? raw : null;
  const judged = grounds.filter((g) => g.status !== 'judge');
  const proposal = judged.some((g) => g.status === 'not-met')
    ? NOT_MET
    : judged.length && judged.every((g) => g.status === 'met')
      ? MET
      : null;
  const state = !proposal ? 'open' : written === null ? 'proposed' : written === proposal ? 'agrees' : 'override';
  return { template: sheet.template.id, code, key, written, proposal, state, grounds, partial: judged.length < grounds.length };
}
