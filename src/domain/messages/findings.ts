import type { IndicatorKind, Severity } from '../catalogue/schema';
import { formatNumberVi, formatPercentVi } from '../number/parse';
import { listedNames, type Lang } from './lang';

/** Why a typed value could not be read, with what was typed. */
export type ReadProblem =
  | { code: 'logical'; raw: string }
  | { code: 'not-number'; raw: string; suggestion?: number }
  | { code: 'percent-not-allowed'; raw: string }
  | { code: 'not-a-code'; raw: string; codes: string }
  /** The file's cell itself is damaged (see CellDamage): its value never reached the sheet. */
  | { code: 'damaged'; ref: string; damage: 'address' | 'string-index' | 'number' | 'unclosed'; raw?: string };

/** A value as a finding shows it: by its indicator's kind. */
export interface Shown {
  value: number | string | null;
  kind: IndicatorKind;
}

/**
 * What a check found, as facts: the message catalogue below words each kind of finding in
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

const NEGATION: Record<string, string> = { '<=': '>', '<': '≥', '>=': '<', '>': '≤', '=': '≠', '<>': '=' };

function num(n: number, lang: Lang): string {
  if (lang === 'vi') return formatNumberVi(n);
  return Number(n.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function pct(fraction: number, lang: Lang): string {
  return lang === 'vi'
    ? formatPercentVi(fraction)
    : `${Number((fraction * 100).toFixed(1)).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
}

function capitalised(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** A value in a language's notation, by its indicator's kind ("71,4%", "1.234", "(trống)"). */
export function shownText(s: Shown, lang: Lang): string {
  if (s.value === null) return lang === 'vi' ? '(trống)' : '(empty)';
  if (typeof s.value === 'string') return `"${s.value}"`;
  return s.kind === 'percent' ? pct(s.value, lang) : num(s.value, lang);
}

function ratio(r: Ratio, lang: Lang): string {
  return `${num(r.numerator, lang)}/${num(r.denominator, lang)}${r.unit ? ` ${r.unit}` : ''}`;
}

function side(s: Side, lang: Lang): string {
  return 'number' in s ? num(s.number, lang) : `${s.expr} = ${shownText(s.value, lang)}`;
}

/** "Lỗi", "Cảnh báo"; "Error", "Warning". */
export function severityText(s: Severity, lang: Lang = 'vi'): string {
  if (lang === 'vi') return s === 'error' ? 'Lỗi' : 'Cảnh báo';
  return s === 'error' ? 'Error' : 'Warning';
}

/** The words for a read problem. */
export function readProblemText(p: ReadProblem, lang: Lang = 'vi'): string {
  if (lang === 'vi')
    switch (p.code) {
      case 'logical':
        return `giá trị logic "${p.raw}" không phải là số`;
      case 'not-number':
        return p.suggestion === undefined ? `"${p.raw}" không phải là số` : `"${p.raw}" không phải là số; có phải là ${p.suggestion}?`;
      case 'percent-not-allowed':
        return `"${p.raw}" là tỷ lệ phần trăm nhưng chỉ tiêu này không phải tỷ lệ`;
      case 'not-a-code':
        return `"${p.raw}" không phải là mã hợp lệ (${p.codes})`;
      case 'damaged':
        return damagedText(p, 'vi');
    }
  switch (p.code) {
    case 'logical':
      return `the logical value "${p.raw}" is not a number`;
    case 'not-number':
      return p.suggestion === undefined ? `"${p.raw}" is not a number` : `"${p.raw}" is not a number; did you mean ${p.suggestion}?`;
    case 'percent-not-allowed':
      return `"${p.raw}" is a percentage but this indicator is not a ratio`;
    case 'not-a-code':
      return `"${p.raw}" is not a valid code (${p.codes})`;
    case 'damaged':
      return damagedText(p, 'en');
  }
}

function damagedText(p: Extract<ReadProblem, { code: 'damaged' }>, lang: Lang): string {
  const vi = lang === 'vi';
  switch (p.damage) {
    case 'address':
      return vi
        ? `tệp có một ô ở địa chỉ "${p.ref}", không phải ô nào của bảng tính Excel: giá trị của ô không được đọc`
        : `the file has a cell at "${p.ref}", which is no cell of an Excel sheet: its value is not read`;
    case 'string-index':
      return vi
        ? `ô ${p.ref} trỏ tới chuỗi văn bản số ${p.raw ?? ''} mà tệp không có: giá trị của ô không được đọc`
        : `cell ${p.ref} points at shared string ${p.raw ?? ''}, which the file does not have: its value is not read`;
    case 'number':
      return vi
        ? `ô ${p.ref} ghi "${p.raw ?? ''}", không phải số Excel chứa được: giá trị không được đọc`
        : `cell ${p.ref} holds "${p.raw ?? ''}", not a number Excel can hold: the value is not read`;
    case 'unclosed':
      return vi
        ? `ô ${p.ref} bị hỏng (giá trị không có điểm kết thúc): không được đọc`
        : `cell ${p.ref} is damaged (its value never ends): not read`;
  }
}

const VI = (t: FindingText): string => {
  const L = 'vi';
  switch (t.kind) {
    case 'unreadable':
      return `${t.code}: ${readProblemText(t.problem, L)}`;
    case 'group-value':
      return `${t.code} là dòng nhóm, không có số liệu riêng, nhưng ghi ${t.value}`;
    case 'not-in-list':
      return `${t.code} ghi "${t.value}", không thuộc danh sách: ${t.list}`;
    case 'not-in-code-list':
      return `${t.code} ghi ${num(t.value, L)}, không thuộc danh sách mã: ${t.list}`;
    case 'code-form':
      return `${t.code} ghi "${t.raw}", không đúng dạng mã; hiểu là ${t.value}`;
    case 'percent-range':
      return `${t.code} ghi ${pct(t.value, L)}, tỷ lệ phải từ 0% đến 100%`;
    case 'bare-number':
      return `${t.code} ghi số trần ${num(t.raw, L)}, được hiểu là ${pct(t.value, L)}; nên ghi dạng phần trăm`;
    case 'bare-text':
      return `${t.code} ghi "${t.raw}", được hiểu là ${pct(t.value, L)}; nên ghi dạng phần trăm`;
    case 'not-count':
      return `${t.code} ghi ${num(t.value, L)}, phải là số nguyên không âm (${t.unit ?? 'số đếm'})`;
    case 'negative-money':
      return `${t.code} ghi ${num(t.value, L)}, số tiền không được âm`;
    case 'ratio-undefined':
      return `${t.code} ghi ${shownText(t.reported, L)} nhưng mẫu số ${t.denominator} = 0: tỷ lệ không xác định, nên để trống`;
    case 'ratio-empty':
      return `${t.code} để trống; tính được ${ratio(t.ratio, L)} = ${shownText(t.computed, L)}`;
    case 'ratio-differs':
      return `${t.code} ghi ${shownText(t.reported, L)} nhưng ${ratio(t.ratio, L)} = ${shownText(t.computed, L)}${t.over ? ' (vượt 100%)' : ''}`;
    case 'total-empty':
      return `${t.code} để trống; tính được ${t.expr} = ${shownText(t.computed, L)}`;
    case 'total-differs':
      return `${t.code} ghi ${shownText(t.reported, L)} nhưng ${t.expr} = ${shownText(t.computed, L)}`;
    case 'rule-case':
      return `${t.title} (${t.code} = ${shownText(t.value, L)})`;
    case 'rule-broken':
      return `${t.title}: ${side(t.left, L)} ${NEGATION[t.op]} ${side(t.right, L)}${t.when ? ` (khi ${t.when})` : ''}${
        t.unaccounted ? `; chỉ khớp nếu có ít nhất ${num(t.unaccounted.atLeast, L)} ${t.unaccounted.what}` : ''
      }`;
    case 'rule-blank':
      return `${t.title}: ${t.code} phải để trống khi ${t.when}, nhưng ghi ${shownText(t.value, L)}`;
    case 'rule-filled':
      return `${t.title}: ${t.code} phải có số liệu khi ${t.when}`;
    case 'missing-by-rule':
      return `${t.code} để trống; theo quy tắc ${t.rule} (${t.assert}) phải là ${shownText(t.should, L)}`;
    case 'missing':
      return `${t.code} chưa có số liệu (${t.label})`;
    case 'empty-sheet':
      return `Trang chưa nhập số liệu: cả ${num(t.inputs, L)} ô nhập đều trống`;
    case 'part-year-high':
      return `${t.code}: cột "${t.column}" ghi ${num(t.value, L)}, nhiều hơn mọi năm đủ 12 tháng (cao nhất ${num(t.most, L)}, "${t.mostColumn}"): năm này chưa đủ 12 tháng, có thể đã ghi số cả năm`;
    case 'cell-damaged':
      return capitalised(readProblemText(t.problem, L));
    case 'other-version':
      return `Trang ghi mẫu ${t.template} phiên bản ${t.version}, phần mềm có phiên bản ${t.known}: số liệu được đọc theo mã chỉ tiêu, dòng nào phiên bản này không có thì không được kiểm tra`;
  }
};

const EN = (t: FindingText): string => {
  const L = 'en';
  switch (t.kind) {
    case 'unreadable':
      return `${t.code}: ${readProblemText(t.problem, L)}`;
    case 'group-value':
      return `${t.code} is a group row with no value of its own, but holds ${t.value}`;
    case 'not-in-list':
      return `${t.code} holds "${t.value}", which is not in the list: ${t.list}`;
    case 'not-in-code-list':
      return `${t.code} holds ${num(t.value, L)}, which is not in the code list: ${t.list}`;
    case 'code-form':
      return `${t.code} holds "${t.raw}", not written as a code; read as ${t.value}`;
    case 'percent-range':
      return `${t.code} holds ${pct(t.value, L)}; a ratio must be between 0% and 100%`;
    case 'bare-number':
      return `${t.code} holds the bare number ${num(t.raw, L)}, read as ${pct(t.value, L)}; enter it as a percentage`;
    case 'bare-text':
      return `${t.code} holds "${t.raw}", read as ${pct(t.value, L)}; enter it as a percentage`;
    case 'not-count':
      return `${t.code} holds ${num(t.value, L)}; it must be a whole number, 0 or more (${t.unit ?? 'count'})`;
    case 'negative-money':
      return `${t.code} holds ${num(t.value, L)}; an amount cannot be negative`;
    case 'ratio-undefined':
      return `${t.code} holds ${shownText(t.reported, L)} but the denominator ${t.denominator} = 0: the ratio is undefined, leave it empty`;
    case 'ratio-empty':
      return `${t.code} is empty; it computes to ${ratio(t.ratio, L)} = ${shownText(t.computed, L)}`;
    case 'ratio-differs':
      return `${t.code} holds ${shownText(t.reported, L)} but ${ratio(t.ratio, L)} = ${shownText(t.computed, L)}${t.over ? ' (over 100%)' : ''}`;
    case 'total-empty':
      return `${t.code} is empty; it computes to ${t.expr} = ${shownText(t.computed, L)}`;
    case 'total-differs':
      return `${t.code} holds ${shownText(t.reported, L)} but ${t.expr} = ${shownText(t.computed, L)}`;
    case 'rule-case':
      return `${t.title} (${t.code} = ${shownText(t.value, L)})`;
    case 'rule-broken':
      return `${t.title}: ${side(t.left, L)} ${NEGATION[t.op]} ${side(t.right, L)}${t.when ? ` (when ${t.when})` : ''}${
        t.unaccounted
          ? `; consistent only with at least ${num(t.unaccounted.atLeast, L)} more (“${t.unaccounted.what}”, which the form does not ask for)`
          : ''
      }`;
    case 'rule-blank':
      return `${t.title}: ${t.code} must be empty when ${t.when}, but holds ${shownText(t.value, L)}`;
    case 'rule-filled':
      return `${t.title}: ${t.code} must have a value when ${t.when}`;
    case 'missing-by-rule':
      return `${t.code} is empty; by rule ${t.rule} (${t.assert}) it should be ${shownText(t.should, L)}`;
    case 'missing':
      return `${t.code} has no value yet (${t.label})`;
    case 'empty-sheet':
      return `No figures entered yet: all ${num(t.inputs, L)} input cells are empty`;
    case 'part-year-high':
      return `${t.code}: column "${t.column}" holds ${num(t.value, L)}, more than any full year (at most ${num(t.most, L)}, "${t.mostColumn}"): that year is counted only in part, so the whole year may have been written`;
    case 'cell-damaged':
      return capitalised(readProblemText(t.problem, L));
    case 'other-version':
      return `The sheet says template ${t.template} version ${t.version}; the add-in has version ${t.known}: figures are read by indicator code, and rows this version lacks are not checked`;
  }
};

/** A finding's message in a language. */
/**
 * A warning repeated on many cells, in one line: "25 chỉ tiêu chưa có số liệu: I.1, I.5, …", or
 * the rule, its cells and the first message.
 */
export function findingGroupText(
  group: readonly { cell: string; code: string; rule: string; text: FindingText }[],
  lang: Lang = 'vi',
): string {
  const vi = lang === 'vi';
  const n = group.length;
  if (group[0].text.kind === 'missing') {
    const codes = listedNames(
      group.map((f) => f.code),
      lang,
      { vi: 'chỉ tiêu', en: 'indicators' },
    );
    return vi ? `${n} chỉ tiêu chưa có số liệu: ${codes}` : `${n} indicators have no value yet: ${codes}`;
  }
  const cells = listedNames(
    group.map((f) => f.cell),
    lang,
    { vi: 'ô', en: 'cells' },
  );
  const first = findingMessage(group[0].text, lang);
  return vi ? `${group[0].rule} — ${n} ô (${cells}), ví dụ: ${first}` : `${group[0].rule} — ${n} cells (${cells}), for example: ${first}`;
}

export function findingMessage(t: FindingText, lang: Lang = 'vi'): string {
  return lang === 'vi' ? VI(t) : EN(t);
}
