import { kindCheckIds } from '../../catalogue/rows';
import type { Section } from '../../catalogue/schema';
import { parseCodeCounts } from '../../merge/code-counts';
import type { Add, Check, CellReading } from '../check-context';
import { BUILT_IN_RULE } from '../rule-ids';

/** What a value's kind asks of it: readable, a group row left empty, a ratio within 0–100%, a count whole and not negative, money not negative, a code from its list. */
export const kindChecks: Check = {
  name: 'kinds',
  run({ template, readings, add }) {
    const ids = kindCheckIds(template);
    for (const s of readings.values()) {
      if (s.problem)
        add(s.cell, {
          rule: BUILT_IN_RULE.unreadable,
          severity: 'error',
          text: { kind: 'unreadable', code: s.row.code, problem: s.problem },
          actual: s.problem.code === 'damaged' ? (s.problem.raw ?? null) : String(s.cell.raw),
        });
      else kindFindings(s, ids.get(s.row.code) ?? {}, add);
    }
  },
};

function kindFindings(s: CellReading, checks: NonNullable<Section['kindChecks']>, add: Add): void {
  const { cell, row, kind, value } = s;
  if (value === null) return;
  if (kind === 'group') {
    add(cell, {
      rule: checks.groupEmpty ?? BUILT_IN_RULE.groupValue,
      severity: 'warning',
      text: { kind: 'group-value', code: row.code, value: String(value) },
      actual: value,
    });
    return;
  }
  if (typeof value !== 'number') {
    if (kind === 'code' && !parseCodeCounts(value) && !(s.codes ?? []).some((c) => c.value === value))
      add(cell, {
        rule: checks.codeList ?? BUILT_IN_RULE.codeList,
        severity: 'error',
        text: { kind: 'not-in-list', code: row.code, value, list: codeList(s) },
        actual: value,
      });
    return;
  }
  if (s.live) return;
  if (kind === 'percent' && (value < 0 || value > 1))
    add(cell, {
      rule: checks.percentRange ?? BUILT_IN_RULE.percentRange,
      severity: 'error',
      text: { kind: 'percent-range', code: row.code, value },
      actual: value,
    });
  if (kind === 'percent' && typeof cell.raw === 'number' && !cell.numFmt?.includes('%') && Math.abs(cell.raw) > 1)
    add(cell, {
      rule: checks.percentRange ?? BUILT_IN_RULE.percentRange,
      severity: 'warning',
      text: { kind: 'bare-number', code: row.code, raw: cell.raw, value },
      actual: cell.raw,
    });
  if (kind === 'percent' && typeof cell.raw === 'string' && !cell.raw.includes('%') && Math.abs(value) > 0)
    add(cell, {
      rule: checks.percentRange ?? BUILT_IN_RULE.percentRange,
      severity: 'warning',
      text: { kind: 'bare-text', code: row.code, raw: cell.raw.trim(), value },
      actual: cell.raw,
    });
  if (kind === 'count' && (value < 0 || !Number.isInteger(value)))
    add(cell, {
      rule: checks.nonNegative ?? BUILT_IN_RULE.nonNegative,
      severity: 'error',
      text: { kind: 'not-count', code: row.code, value, ...(row.unit ? { unit: row.unit } : {}) },
      actual: value,
    });
  if (kind === 'money' && value < 0)
    add(cell, {
      rule: checks.nonNegative ?? BUILT_IN_RULE.nonNegative,
      severity: 'error',
      text: { kind: 'negative-money', code: row.code, value },
      actual: value,
    });
  if (kind === 'code') {
    const codes = s.codes ?? [];
    if (!codes.some((c) => c.value === value))
      add(cell, {
        rule: checks.codeList ?? BUILT_IN_RULE.codeList,
        severity: 'error',
        text: { kind: 'not-in-code-list', code: row.code, value, list: codeList(s) },
        actual: value,
      });
    else if (typeof cell.raw === 'string' && cell.raw.trim() !== String(value))
      add(cell, {
        rule: checks.codeList ?? BUILT_IN_RULE.codeList,
        severity: 'warning',
        text: { kind: 'code-form', code: row.code, raw: cell.raw.trim(), value },
        actual: cell.raw,
      });
  }
}

function codeList(s: CellReading): string {
  return (s.codes ?? []).map((c) => (String(c.value) === c.label ? c.label : `${c.label} = ${c.value}`)).join('; ');
}
