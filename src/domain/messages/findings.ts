import type { Severity } from '../catalogue/schema';
import type { FindingText, Ratio, ReadProblem, Shown, Side } from '../findings/facts';
import { formatNumberVi, formatPercentVi } from '../number/parse';
import { excerpt, listedNames, type Lang } from './lang';

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
  if (typeof s.value === 'string') return `"${excerpt(s.value)}"`;
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
        return `giá trị logic "${excerpt(p.raw)}" không phải là số`;
      case 'not-number':
        return p.suggestion === undefined
          ? `"${excerpt(p.raw)}" không phải là số`
          : `"${excerpt(p.raw)}" không phải là số; có phải là ${p.suggestion}?`;
      case 'percent-not-allowed':
        return `"${excerpt(p.raw)}" là tỷ lệ phần trăm nhưng chỉ tiêu này không phải tỷ lệ`;
      case 'not-a-code':
        return `"${excerpt(p.raw)}" không phải là mã hợp lệ (${p.codes})`;
      case 'damaged':
        return damagedText(p, 'vi');
    }
  switch (p.code) {
    case 'logical':
      return `the logical value "${excerpt(p.raw)}" is not a number`;
    case 'not-number':
      return p.suggestion === undefined
        ? `"${excerpt(p.raw)}" is not a number`
        : `"${excerpt(p.raw)}" is not a number; did you mean ${p.suggestion}?`;
    case 'percent-not-allowed':
      return `"${excerpt(p.raw)}" is a percentage but this indicator is not a ratio`;
    case 'not-a-code':
      return `"${excerpt(p.raw)}" is not a valid code (${p.codes})`;
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
    case 'repeated':
      return vi
        ? `ô ${p.ref} được ghi hai lần trong tệp (Excel coi tệp như vậy là hỏng): giá trị không được dùng; hãy mở tệp bằng Excel, kiểm tra ô này và lưu lại`
        : `cell ${p.ref} is written twice in the file (Excel calls such a file damaged): its value is not used; open the file in Excel, check this cell and save it again`;
    case 'no-result':
      return vi
        ? `ô ${p.ref} có công thức ${p.raw ? `=${p.raw} ` : ''}nhưng tệp không lưu kết quả của nó (tệp không được lưu bằng Excel): hãy mở tệp bằng Excel và lưu lại`
        : `cell ${p.ref} has a formula ${p.raw ? `=${p.raw} ` : ''}but the file holds no result for it (it was not saved by Excel): open the file in Excel and save it again`;
  }
}

const VI = (t: FindingText): string => {
  const L = 'vi';
  switch (t.kind) {
    case 'unreadable':
      return `${t.code}: ${readProblemText(t.problem, L)}`;
    case 'group-value':
      return `${t.code} là dòng nhóm, không có số liệu riêng, nhưng ghi ${excerpt(t.value)}`;
    case 'not-in-list':
      return `${t.code} ghi "${excerpt(t.value)}", không thuộc danh sách: ${t.list}`;
    case 'not-in-code-list':
      return `${t.code} ghi ${num(t.value, L)}, không thuộc danh sách mã: ${t.list}`;
    case 'code-form':
      return `${t.code} ghi "${excerpt(t.raw)}", không đúng dạng mã; hiểu là ${t.value}`;
    case 'percent-range':
      return `${t.code} ghi ${pct(t.value, L)}, tỷ lệ phải từ 0% đến 100%`;
    case 'bare-number':
      return `${t.code} ghi số trần ${num(t.raw, L)}, được hiểu là ${pct(t.value, L)}; nên ghi dạng phần trăm`;
    case 'bare-text':
      return `${t.code} ghi "${excerpt(t.raw)}", được hiểu là ${pct(t.value, L)}; nên ghi dạng phần trăm`;
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
      return `${t.code} is a group row with no value of its own, but holds ${excerpt(t.value)}`;
    case 'not-in-list':
      return `${t.code} holds "${excerpt(t.value)}", which is not in the list: ${t.list}`;
    case 'not-in-code-list':
      return `${t.code} holds ${num(t.value, L)}, which is not in the code list: ${t.list}`;
    case 'code-form':
      return `${t.code} holds "${excerpt(t.raw)}", not written as a code; read as ${t.value}`;
    case 'percent-range':
      return `${t.code} holds ${pct(t.value, L)}; a ratio must be between 0% and 100%`;
    case 'bare-number':
      return `${t.code} holds the bare number ${num(t.raw, L)}, read as ${pct(t.value, L)}; enter it as a percentage`;
    case 'bare-text':
      return `${t.code} holds "${excerpt(t.raw)}", read as ${pct(t.value, L)}; enter it as a percentage`;
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
