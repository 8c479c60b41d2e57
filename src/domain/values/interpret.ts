import type { CodeOption, IndicatorKind } from '../catalogue/schema';
import type { CellValue } from '../sheet/plan';
import { parseCodeCounts } from '../merge/code-counts';
import { parseNumberText } from '../number/parse';
import type { ReadProblem } from '../messages/findings';

/**
 * What a raw cell value means for an indicator of a given kind.
 * Percentages are fractions (0.8 = 80%). A percent cell that is not formatted as a percentage
 * holding a number above 1 is read as "per hundred" (80 → 80%); 0.8 stays 80%.
 */
export type Interpreted = { ok: true; value: number | string | null } | { ok: false; problem: ReadProblem; suggestion?: number | string };

/** A value that cannot be read: `readProblemText` words the problem. */
function unreadable(problem: ReadProblem): Interpreted {
  const suggestion = problem.code === 'not-number' ? problem.suggestion : undefined;
  return suggestion === undefined ? { ok: false, problem } : { ok: false, problem, suggestion };
}

export interface CellContext {
  kind: IndicatorKind;
  codes?: readonly CodeOption[];
  /** The cell is formatted as a percentage (its number is already a fraction). */
  percentFormatted?: boolean;
}

export function interpret(raw: CellValue | undefined, ctx: CellContext): Interpreted {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (ctx.kind === 'text' || ctx.kind === 'group') {
    const s = String(raw).trim();
    return { ok: true, value: s === '' ? null : s };
  }
  if (ctx.kind === 'code') return interpretCode(raw, ctx.codes ?? []);
  if (typeof raw === 'boolean') return unreadable({ code: 'logical', raw: String(raw) });
  let value: number;
  let percentSign = false;
  if (typeof raw === 'number') {
    value = raw;
  } else {
    const p = parseNumberText(raw);
    if (!p.ok) {
      return unreadable(p.suggestion === undefined ? { code: 'not-number', raw } : { code: 'not-number', raw, suggestion: p.suggestion });
    }
    if (p.blank) return { ok: true, value: null };
    value = p.value;
    percentSign = p.percent;
  }
  if (ctx.kind === 'percent') {
    if (percentSign) return { ok: true, value: value / 100 };
    if (typeof raw === 'number' && ctx.percentFormatted) return { ok: true, value };
    if (Math.abs(value) > 1) return { ok: true, value: value / 100 };
    return { ok: true, value };
  }
  if (percentSign) return unreadable({ code: 'percent-not-allowed', raw: String(raw) });
  return { ok: true, value };
}

function interpretCode(raw: CellValue, codes: readonly CodeOption[]): Interpreted {
  const numeric = codes.every((c) => typeof c.value === 'number');
  const text = String(raw).normalize('NFC').trim();
  if (text === '') return { ok: true, value: null };
  // A consolidated sheet's answer counts ("12/15 đơn vị: Có") are read as they are.
  if (parseCodeCounts(text)) return { ok: true, value: text };
  const lower = text.toLocaleLowerCase('vi');
  const byLabel = codes.find((c) => c.label.toLocaleLowerCase('vi') === lower);
  if (byLabel) return { ok: true, value: byLabel.value };
  if (!numeric) {
    const byValue = codes.find((c) => String(c.value).toLocaleLowerCase('vi') === lower);
    return byValue ? { ok: true, value: byValue.value } : { ok: true, value: text };
  }
  if (typeof raw === 'number') return { ok: true, value: raw };
  const p = parseNumberText(text);
  if (p.ok && p.blank) return { ok: true, value: null };
  if (p.ok && !p.blank && !p.percent) return { ok: true, value: p.value };
  return unreadable({
    code: 'not-a-code',
    raw: String(raw),
    codes: codes.map((c) => `${c.label} = ${c.value}`).join('; '),
  });
}
