import type { IndicatorKind } from '../catalogue/schema';

/** Why a typed value could not be read, with what was typed. */
export type ReadProblem =
  | { code: 'logical'; raw: string }
  | { code: 'not-number'; raw: string; suggestion?: number }
  | { code: 'percent-not-allowed'; raw: string }
  | { code: 'not-a-code'; raw: string; codes: string }
  /** The file's cell itself is damaged (see CellDamage): its value never reached the sheet. */
  | { code: 'damaged'; ref: string; damage: 'address' | 'string-index' | 'number' | 'unclosed' | 'repeated' | 'no-result'; raw?: string };

/** A value as a finding shows it: by its indicator's kind. */
export interface Shown {
  value: number | string | null;
  kind: IndicatorKind;
}

/**
 * What a check found, as facts: the message catalogue (messages/findings.ts) words each kind of finding in
 * Vietnamese and English. Codes, labels, units and rule titles are the template's own words.
 */
export type FindingText =
  | { kind: 'unreadable'; code: string; problem: ReadProblem }
  | { kind: 'group-value'; code: string; value: string }
  | { kind: 'not-in-list'; code: string; value: string; list: string }
  | { kind: 'not-in-code-list'; code: string; value: number; list: string }
  | { kind: 'code-form'; code: string; raw: string; value: string | number }
  | { kind: 'percent-range'; code: string; value: number }
  | { kind: 'bare-number'; code: string; raw: number; value: number }
  | { kind: 'bare-text'; code: string; raw: string; value: number }
  | { kind: 'not-count'; code: string; value: number; unit?: string }
  | { kind: 'negative-money'; code: string; value: number }
  | { kind: 'ratio-undefined'; code: string; reported: Shown; denominator: string }
  | { kind: 'ratio-empty'; code: string; ratio: Ratio; computed: Shown }
  | { kind: 'ratio-differs'; code: string; reported: Shown; ratio: Ratio; computed: Shown; over: boolean }
  | { kind: 'total-empty'; code: string; expr: string; computed: Shown }
  | { kind: 'total-differs'; code: string; reported: Shown; expr: string; computed: Shown }
  | { kind: 'rule-case'; title: string; code: string; value: Shown }
  | { kind: 'rule-broken'; title: string; left: Side; op: string; right: Side; when?: string; unaccounted?: Unaccounted }
  | { kind: 'rule-blank'; title: string; code: string; when: string; value: Shown }
  | { kind: 'rule-filled'; title: string; code: string; when: string }
  | { kind: 'missing-by-rule'; code: string; rule: string; assert: string; should: Shown }
  | { kind: 'missing'; code: string; label: string }
  | { kind: 'empty-sheet'; inputs: number }
  | { kind: 'part-year-high'; code: string; column: string; value: number; most: number; mostColumn: string }
  | { kind: 'cell-damaged'; problem: ReadProblem }
  | { kind: 'other-version'; template: string; version: string; known: string };

/** How much of a quantity the form lacks would make a broken comparison hold ("371 hồ sơ tồn kỳ trước chuyển sang"). */
export interface Unaccounted {
  what: string;
  atLeast: number;
}

/** "5/7 nhiệm vụ": a ratio's parts and the numerator's unit. */
export interface Ratio {
  numerator: number;
  denominator: number;
  unit?: string;
}

/** One side of a comparison: a number written in the rule, or an expression with its value. */
export type Side = { number: number } | { expr: string; value: Shown };
