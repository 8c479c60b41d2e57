import type { ComputeChange } from '../compute/plan';
import type { FillOutcome } from '../fill/fill';
import { readProblemText, shownText } from './findings';
import type { Lang } from './lang';

/** What became of one entry of a values file, in a language. */
export function fillOutcomeText(o: FillOutcome, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const line = vi ? `Dòng ${o.line}` : `Line ${o.line}`;
  const code = o.code.split('@')[0];
  const why = o.why;
  if (!why) {
    const shown = `${code} (${vi ? 'ô' : 'cell'} ${o.cell}) = ${o.written ?? (vi ? '(trống)' : '(empty)')}`;
    const notes = [
      o.replacedFormula && (vi ? 'thay công thức bằng số liệu báo cáo' : 'the formula replaced by the reported figure'),
      o.separator && separatorText(o.value, o.separator, lang),
    ].filter(Boolean);
    // A value read one of two ways is told with its line, so that it can be found in the file.
    return `${o.separator ? `${line}: ` : ''}${shown}${notes.length ? `: ${notes.join('; ')}` : ''}`;
  }
  switch (why.kind) {
    case 'unknown-code':
      return vi
        ? `${line}: mã chỉ tiêu "${o.code}" không có trong mẫu ${why.template}`
        : `${line}: indicator code "${o.code}" is not in template ${why.template}`;
    case 'cell-unknown': {
      const several = why.cells.length > 1;
      return vi
        ? `${line}: không xác định được ô của "${o.code}"${several ? ` (chỉ tiêu có nhiều cột: ghi ${why.cells.join(', ')})` : ''}`
        : `${line}: cannot tell which cell "${o.code}" is${several ? ` (the indicator has several columns: write ${why.cells.join(', ')})` : ''}`;
    }
    case 'column-unknown':
      return vi
        ? `${line}: mẫu ${why.template} không có cột "${why.column}" của "${o.code}"`
        : `${line}: template ${why.template} has no column "${why.column}" for "${o.code}"`;
    case 'group-row':
      return vi ? `${line}: ${code} là dòng nhóm, không có số liệu riêng` : `${line}: ${code} is a group row, with no figure of its own`;
    case 'unreadable':
      return `${line}: ${code} (${vi ? 'ô' : 'cell'} ${o.cell}): ${readProblemText(why.problem, lang)}`;
    case 'given-again':
      return vi
        ? `${line}: ${o.code} được ghi lại ở dòng ${why.line}; giá trị của dòng ${why.line} được dùng`
        : `${line}: ${o.code} is given again on line ${why.line}; the value of line ${why.line} is the one written`;
    case 'computed':
      return vi
        ? `${line}: ${code} (ô ${o.cell}) do công thức của mẫu tính từ số liệu đã ghi, giữ công thức`
        : `${line}: ${code} (cell ${o.cell}) is computed by the form's formula from the figures written; the formula is kept`;
  }
}

/** One change "Tính toán" makes, in a language: "I.2: 80% → 71,4% (=I.2.2 / I.2.1)". */
export function computeChangeText(c: ComputeChange, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const show = (value: number | null) => shownText({ value, kind: c.kind }, lang);
  const definition = c.definition ? ` (=${c.definition})` : '';
  if (c.formulaAltered) return `${c.code}: ${vi ? 'công thức khác' : 'another formula'} → ${show(c.newValue)}${definition}`;
  if (c.sameValue && c.newFormula) return `${c.code}: ${show(c.newValue)}, ${vi ? 'ghi lại công thức' : 'formula restored'}${definition}`;
  if (c.sameValue) return `${c.code}: ${show(c.newValue)}, ${vi ? 'công thức thay bằng giá trị' : 'formula replaced by its value'}`;
  const [before, after] = [show(c.oldNumber), show(c.newValue)];
  // A figure typed to fewer digits than computed (71,4% for 5/7) shows the same: the new one is more exact.
  const exact = before === after ? (vi ? ' (chính xác hơn)' : ' (more exact)') : '';
  return `${c.code}: ${before} → ${after}${exact}${definition}`;
}

/** How a value that reads two ways was read: its one mark taken the Vietnamese way. */
function separatorText(value: string, separator: '.' | ',', lang: Lang): string {
  const digits = value.replace(/[\s.,]/g, '');
  if (separator === '.')
    return lang === 'vi'
      ? `dấu chấm trong "${value}" được đọc là dấu ngăn nghìn (${digits}), không phải dấu thập phân`
      : `the "." in "${value}" is read as a thousands separator (${digits}), not a decimal point`;
  return lang === 'vi'
    ? `dấu phẩy trong "${value}" được đọc là dấu thập phân, không phải dấu ngăn nghìn (${digits})`
    : `the "," in "${value}" is read as the decimal mark, not a thousands separator (${digits})`;
}
