import { perTemplate, rowsByCode, valueColumns } from '../catalogue/rows';
import type { Column, IndicatorKind, Level, Row, Template } from '../catalogue/schema';
import { computeDerived, derivedDefinitions, rowValueKeys } from '../compute/derive';
import { evaluate, evaluateComparison, parseComparison, refsOf, type Comparison, type Expr, type Num } from '../expr';
import { parseCodeCounts } from '../merge/code-counts';
import { formatNumberVi } from '../number/parse';
import { findingMessage, type Ratio, type Side } from '../messages/findings';
import { cellKey } from '../sheet/identity';
import { address, parseAddress } from '../sheet/plan';
import type { TemplateCell, TemplateSheet } from '../sheet/read';
import { interpret } from '../values/interpret';
import type { Finding } from './finding';

/**
 * A reported ratio may differ from the computed one by rounding to whole percents (0.5 points,
 * inclusive); the epsilon absorbs binary rounding, so 75,5% for 6/8 is within.
 */
const RATIO_TOLERANCE = 0.005 + 1e-9;

/** A value cell read by its indicator's kind. */
export interface CellReading {
  cell: TemplateCell;
  row: Row;
  kind: IndicatorKind;
  column?: Column;
  /** Value as read (numbers for numeric kinds and numeric codes; text otherwise). */
  value: number | string | null;
  readable: boolean;
  /** The cell still holds the template's formula (its value is the computed one). */
  live: boolean;
}

/** Checks one template sheet against its template's rules; every finding names its cell. */
export function validateSheet(sheet: TemplateSheet, template: Template): Finding[] {
  return checkSheet(sheet, template).findings;
}

/** The findings of a check, with every value cell as the check read it (by cell key). */
export function checkSheet(sheet: TemplateSheet, template: Template): { findings: Finding[]; readings: ReadonlyMap<string, CellReading> } {
  const rows = rowsByCode(template);
  const columns = valueColumns(template);
  const checks = template.kindChecks ?? {};
  const findings: Finding[] = [];
  const states = new Map<string, CellReading>();
  const add: Add = (cell, f) =>
    findings.push({ sheet: sheet.sheet, cell: address(cell.row, cell.col), code: multi(cell), ...f, message: findingMessage(f.text) });
  const multiColumn = new Set([...sheet.cells.values()].map((c) => c.key)).size > 1;
  const multi = (c: TemplateCell) => (multiColumn ? cellKey(c.code, c.key) : c.code);

  // 1. Read every value cell by its kind.
  for (const [key, cell] of sheet.cells) {
    const row = rows.get(cell.code);
    if (!row) continue;
    const column = columns.get(cell.key);
    const kind = column?.kind ?? row.kind;
    const live = !!cell.formula && !!row.formula && !column?.kind;
    const read = interpret(cell.raw, { kind, codes: column?.codes ?? row.codes, percentFormatted: !!cell.numFmt?.includes('%') });
    const state: CellReading = { cell, row, kind, column, value: read.ok ? read.value : null, readable: read.ok, live };
    states.set(key, state);
    if (!read.ok) {
      add(cell, {
        rule: 'DOC',
        severity: 'error',
        text: { kind: 'unreadable', code: row.code, problem: read.problem },
        actual: String(cell.raw),
      });
      continue;
    }
    kindFindings(state, checks, add);
  }

  const numeric = (code: string, key: string): Num => {
    const s = states.get(cellKey(code, key));
    return s && !s.live && typeof s.value === 'number' ? s.value : null;
  };
  const pinned = new Set([...states].filter(([, s]) => !s.live).map(([k]) => k));
  const computed = computeDerived(template, numeric, pinned);
  /** The value a rule sees at a cell key: typed, or computed where the formula is live. */
  const effectiveAt = (k: string): Num => {
    const s = states.get(k);
    if (!s) return null;
    if (s.live) return computed.get(k) ?? null;
    return typeof s.value === 'number' ? s.value : null;
  };
  const effective = (code: string, key: string): Num => effectiveAt(cellKey(code, key));

  // 2. Reported derived values against their definitions.
  const keysOf = rowValueKeys(template);
  for (const def of derivedDefinitions(template)) {
    for (const key of keysOf.get(def.row.code) ?? []) {
      const s = states.get(cellKey(def.row.code, key));
      if (!s || s.live || !s.readable || columns.get(key)?.kind) continue;
      derivedFinding(s, def.expr, (c) => effective(c, key), rows, add, checks.ratioBlank);
    }
  }

  // 3. Rules of the template.
  for (const { rule, when, asserts, codes, firstCode, fixedKey } of preparedRules(template)) {
    for (const key of fixedKey ? [fixedKey] : (keysOf.get(firstCode) ?? [])) {
      const at = (ref: string) => (ref.includes('@') ? ref : cellKey(ref, key));
      const get = (ref: string) => effectiveAt(at(ref));
      const condition = when ? evaluateComparison(when, get) : undefined;
      if (condition && condition.holds !== true) continue;
      if (condition && !asserts.length && !rule.blank?.length && !rule.filled?.length) {
        // A rule with only a condition flags every case where it holds (values to be checked by hand).
        const s = states.get(at(codes[0]));
        if (s)
          add(s.cell, {
            rule: rule.id,
            severity: rule.severity,
            text: { kind: 'rule-case', title: rule.title, code: s.row.code, value: { value: s.value, kind: s.kind } },
            actual: s.value,
          });
        continue;
      }
      for (const a of asserts) {
        const r = evaluateComparison(a, get);
        if (r.holds !== false) continue;
        const i = r.failedAt!;
        // The finding points at the first cell of the failing side that holds a value.
        const refs = refsOf(a.operands[i]);
        const target = states.get(at(refs.find((ref) => get(ref) !== null) ?? refs[0] ?? codes[0])) ?? states.get(at(codes[0]));
        if (!target) continue;
        add(target.cell, {
          rule: rule.id,
          severity: rule.severity,
          text: {
            kind: 'rule-broken',
            title: rule.title,
            left: side(a.operands[i], r.values[i], rows),
            op: a.ops[i],
            right: side(a.operands[i + 1], r.values[i + 1], rows),
            ...(when ? { when: rule.when } : {}),
          },
          expected: `${exprText(a.operands[i])} ${a.ops[i]} ${exprText(a.operands[i + 1])}`,
          actual: r.values[i],
        });
      }
      for (const code of rule.blank ?? []) {
        const s = states.get(at(code));
        if (s && s.value !== null)
          add(s.cell, {
            rule: rule.id,
            severity: rule.severity,
            text: { kind: 'rule-blank', title: rule.title, code, when: rule.when!, value: { value: s.value, kind: s.kind } },
            actual: s.value,
          });
      }
      for (const code of rule.filled ?? []) {
        const s = states.get(at(code));
        if (s && s.value === null && s.readable)
          add(s.cell, { rule: rule.id, severity: rule.severity, text: { kind: 'rule-filled', title: rule.title, code, when: rule.when! } });
      }
    }
  }

  // 4. Inputs left empty that apply to the reporting unit's level.
  const level = levelOf(sheet.identity.unit);
  const sumRules = equalityRules(template);
  for (const s of states.values()) {
    if (s.value !== null || !s.readable || s.kind === 'group' || s.kind === 'text' || s.live || s.row.formula) continue;
    if (level && s.row.levels && !s.row.levels.includes(level)) continue;
    const hint = sumRules.get(s.row.code);
    const should = hint ? evaluate(hint.expr, (c) => effective(c, s.cell.key)) : null;
    if (hint && should !== null)
      add(s.cell, {
        rule: hint.id,
        severity: 'warning',
        text: { kind: 'missing-by-rule', code: s.row.code, rule: hint.id, assert: hint.assert, should: { value: should, kind: s.kind } },
        expected: should,
      });
    else add(s.cell, { rule: 'THIEU', severity: 'warning', text: { kind: 'missing', code: s.row.code, label: s.row.label } });
  }
  const ranked = findings.map((f) => ({ f, rank: parseAddress(f.cell).row * 2 + (f.severity === 'error' ? 0 : 1) }));
  return { findings: ranked.sort((a, b) => a.rank - b.rank).map((x) => x.f), readings: states };
}

type Add = (cell: TemplateCell, f: Omit<Finding, 'sheet' | 'cell' | 'code' | 'message'>) => void;

function kindFindings(s: CellReading, checks: NonNullable<Template['kindChecks']>, add: Add): void {
  const { cell, row, kind, value } = s;
  if (value === null) return;
  if (kind === 'group') {
    add(cell, {
      rule: checks.groupEmpty ?? 'NHOM',
      severity: 'warning',
      text: { kind: 'group-value', code: row.code, value: String(value) },
      actual: value,
    });
    return;
  }
  if (typeof value !== 'number') {
    if (kind === 'code' && !parseCodeCounts(value) && !(s.column?.codes ?? row.codes ?? []).some((c) => c.value === value))
      add(cell, {
        rule: checks.codeList ?? 'MA',
        severity: 'error',
        text: { kind: 'not-in-list', code: row.code, value, list: codeList(s) },
        actual: value,
      });
    return;
  }
  if (s.live) return;
  if (kind === 'percent' && (value < 0 || value > 1))
    add(cell, {
      rule: checks.percentRange ?? 'TYLE',
      severity: 'error',
      text: { kind: 'percent-range', code: row.code, value },
      actual: value,
    });
  if (kind === 'percent' && typeof cell.raw === 'number' && !cell.numFmt?.includes('%') && Math.abs(cell.raw) > 1)
    add(cell, {
      rule: checks.percentRange ?? 'TYLE',
      severity: 'warning',
      text: { kind: 'bare-number', code: row.code, raw: cell.raw, value },
      actual: cell.raw,
    });
  if (kind === 'percent' && typeof cell.raw === 'string' && !cell.raw.includes('%') && Math.abs(value) > 0)
    add(cell, {
      rule: checks.percentRange ?? 'TYLE',
      severity: 'warning',
      text: { kind: 'bare-text', code: row.code, raw: cell.raw.trim(), value },
      actual: cell.raw,
    });
  if (kind === 'count' && (value < 0 || !Number.isInteger(value)))
    add(cell, {
      rule: checks.nonNegative ?? 'SO',
      severity: 'error',
      text: { kind: 'not-count', code: row.code, value, ...(row.unit ? { unit: row.unit } : {}) },
      actual: value,
    });
  if (kind === 'money' && value < 0)
    add(cell, {
      rule: checks.nonNegative ?? 'SO',
      severity: 'error',
      text: { kind: 'negative-money', code: row.code, value },
      actual: value,
    });
  if (kind === 'code') {
    const codes = s.column?.codes ?? row.codes ?? [];
    if (!codes.some((c) => c.value === value))
      add(cell, {
        rule: checks.codeList ?? 'MA',
        severity: 'error',
        text: { kind: 'not-in-code-list', code: row.code, value, list: codeList(s) },
        actual: value,
      });
    else if (typeof cell.raw === 'string' && cell.raw.trim() !== String(value))
      add(cell, {
        rule: checks.codeList ?? 'MA',
        severity: 'warning',
        text: { kind: 'code-form', code: row.code, raw: cell.raw.trim(), value },
        actual: cell.raw,
      });
  }
}

function derivedFinding(
  s: CellReading,
  expr: Expr,
  get: (code: string) => Num,
  rows: ReadonlyMap<string, Row>,
  add: Add,
  ratioBlankRule?: string,
): void {
  const reported = typeof s.value === 'number' ? s.value : null;
  const computed = evaluate(expr, get);
  const rule = s.row.rule ?? 'CT';
  const isRatio = expr.type === 'div';
  const shown = (value: number) => ({ value, kind: s.kind });
  if (isRatio) {
    const den = evaluate(expr.right, get);
    const denText = exprText(expr.right);
    if (reported !== null && den === 0)
      return add(s.cell, {
        rule: ratioBlankRule ?? rule,
        severity: 'warning',
        text: { kind: 'ratio-undefined', code: s.row.code, reported: shown(reported), denominator: denText },
        actual: reported,
        expected: null,
      });
    if (reported === null && computed !== null)
      return add(s.cell, {
        rule,
        severity: 'warning',
        text: { kind: 'ratio-empty', code: s.row.code, ratio: ratioOf(expr, get, rows), computed: shown(computed) },
        expected: computed,
      });
    if (reported === null || computed === null) return;
    if (Math.abs(reported - computed) <= RATIO_TOLERANCE) return;
    return add(s.cell, {
      rule,
      severity: 'error',
      text: {
        kind: 'ratio-differs',
        code: s.row.code,
        reported: shown(reported),
        ratio: ratioOf(expr, get, rows),
        computed: shown(computed),
        over: computed > 1,
      },
      expected: computed,
      actual: reported,
    });
  }
  if (reported === null && computed !== null)
    return add(s.cell, {
      rule,
      severity: 'warning',
      text: { kind: 'total-empty', code: s.row.code, expr: exprText(expr), computed: shown(computed) },
      expected: computed,
    });
  if (reported === null || computed === null || Math.abs(reported - computed) < 1e-9) return;
  add(s.cell, {
    rule,
    severity: 'error',
    text: { kind: 'total-differs', code: s.row.code, reported: shown(reported), expr: exprText(expr), computed: shown(computed) },
    expected: computed,
    actual: reported,
  });
}

/** "5/7 nhiệm vụ": the parts of a ratio that has a value (so both have one), with the numerator's unit. */
function ratioOf(expr: Extract<Expr, { type: 'div' }>, get: (code: string) => Num, rows: ReadonlyMap<string, Row>): Ratio {
  const unitRow = expr.left.type === 'ref' ? rows.get(expr.left.code) : undefined;
  const unit = unitRow?.unit && unitRow.unit !== '%' ? unitRow.unit.toLocaleLowerCase('vi') : undefined;
  return { numerator: evaluate(expr.left, get)!, denominator: evaluate(expr.right, get)!, ...(unit ? { unit } : {}) };
}

/** One side of a broken comparison: a number as written, or an expression with its value. */
function side(e: Expr, v: Num, rows: ReadonlyMap<string, Row>): Side {
  if (e.type === 'num') return { number: e.value };
  const kind = e.type === 'ref' ? (rows.get(e.code)?.kind ?? 'count') : 'count';
  return { expr: exprText(e), value: { value: v, kind } };
}

function exprText(e: Expr): string {
  switch (e.type) {
    case 'num':
      return formatNumberVi(e.value);
    case 'ref':
      return e.code;
    case 'add':
      return e.terms.map((t, i) => `${t.sign < 0 ? ' − ' : i ? ' + ' : ''}${exprText(t.expr)}`).join('');
    case 'mul':
      return `${exprText(e.left)} × ${exprText(e.right)}`;
    case 'div':
      return `${exprText(e.left)}/${exprText(e.right)}`;
    case 'call':
      return `${e.fn}(${e.args.map(exprText).join('; ')})`;
  }
}

function refsIn(c: Comparison): string[] {
  return c.operands.flatMap((o) => refsOf(o));
}

function codeList(s: CellReading): string {
  return (s.column?.codes ?? s.row.codes ?? []).map((c) => (String(c.value) === c.label ? c.label : `${c.label} = ${c.value}`)).join('; ');
}

/** A template's rules with their comparisons parsed and the cells they name. */
const preparedRules = perTemplate((t) =>
  (t.rules ?? []).map((rule) => {
    const when = rule.when ? parseComparison(rule.when) : undefined;
    const asserts = (rule.assert ?? []).map(parseComparison);
    const codes = [...(when ? refsIn(when) : []), ...asserts.flatMap(refsIn), ...(rule.blank ?? []), ...(rule.filled ?? [])];
    const [firstCode, fixedKey] = codes[0].split('@');
    return { rule, when, asserts, codes, firstCode, fixedKey: fixedKey };
  }),
);

/** "II.1 = II.1.1 + II.1.2": which value an empty left-hand cell should hold. */
const equalityRules = perTemplate((t) => {
  const out = new Map<string, { id: string; expr: Expr; assert: string }>();
  for (const r of t.rules ?? [])
    for (const a of r.assert ?? []) {
      if (r.when) continue;
      const c = parseComparison(a);
      if (c.ops.length === 1 && c.ops[0] === '=' && c.operands[0].type === 'ref')
        out.set(c.operands[0].code, { id: r.id, expr: c.operands[1], assert: a });
    }
  return out;
});

/** Administrative level read from the unit's name ("UBND xã Bắc Sơn" → xã). */
function levelOf(unit: string): Level | undefined {
  const u = unit.toLocaleLowerCase('vi');
  const word = (w: string) => new RegExp(`(^|\\s)(${w})(\\s|$)`, 'u').test(u);
  if (word('thị xã')) return 'huyen';
  if (word('xã|phường|thị trấn')) return 'xa';
  if (word('huyện|quận|phòng')) return 'huyen';
  if (word('tỉnh|sở|thành phố')) return 'tinh';
  return undefined;
}
