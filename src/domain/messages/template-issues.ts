import type { TemplateIssue, TemplatePlace } from '../problems/template-issue';
import type { ExpressionFault } from '../expr';
import type { Lang } from './lang';

/** Why a formula or condition does not parse: "Biểu thức "I.1 /": kết thúc đột ngột". */
export function expressionFaultText(e: { source: string; condition: boolean; fault: ExpressionFault }, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const f = e.fault;
  const why = (() => {
    switch (f.fault) {
      case 'character':
        return vi ? `không hiểu ký tự ở vị trí ${f.at}` : `cannot read the character at position ${f.at}`;
      case 'missing':
        return vi ? `thiếu "${f.token}"` : `"${f.token}" missing`;
      case 'ends-early':
        return vi ? 'kết thúc đột ngột' : 'ends too early';
      case 'function':
        return vi ? `hàm "${f.name}" không được hỗ trợ` : `function "${f.name}" is not supported`;
      case 'unexpected':
        return vi ? `không mong đợi "${f.token}"` : `"${f.token}" is not expected here`;
      case 'trailing':
        return vi ? 'thừa phần cuối' : 'something follows its end';
      case 'no-comparison':
        return vi ? 'thiếu phép so sánh' : 'no comparison';
    }
  })();
  const what = e.condition ? (vi ? 'Điều kiện' : 'Condition') : vi ? 'Biểu thức' : 'Expression';
  return `${what} "${e.source}": ${why}`;
}

function placeText(p: TemplatePlace, lang: Lang): string {
  if ('formula' in p) return lang === 'vi' ? `công thức của ${p.formula}` : `the formula of ${p.formula}`;
  return lang === 'vi' ? `quy tắc ${p.rule}` : `rule ${p.rule}`;
}

/** One problem of a template that zod cannot see, as the template's author reads it. */
export function templateIssueText(i: TemplateIssue, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  switch (i.code) {
    case 'column-repeated':
      return vi ? `cột "${i.column}" bị trùng` : `column "${i.column}" is repeated`;
    case 'column-unnamed':
      return vi ? `cột "${i.column}" thiếu tên thuộc tính` : `column "${i.column}" has no attribute name`;
    case 'column-codes-missing':
      return vi ? `cột "${i.column}" thiếu danh sách mã` : `column "${i.column}" has no list of codes`;
    case 'no-value-column':
      return vi ? 'bảng không có cột số liệu' : 'a table has no column of figures';
    case 'no-label-column':
      return vi ? 'bảng không có cột tên chỉ tiêu' : 'a table has no column of indicator names';
    case 'row-repeated':
      return vi ? `mã chỉ tiêu "${i.row}" bị trùng` : `indicator code "${i.row}" is repeated`;
    case 'row-codes-missing':
      return vi ? `chỉ tiêu "${i.row}" là mã nhưng thiếu danh sách mã` : `indicator "${i.row}" takes a code but has no list of codes`;
    case 'group-formula':
      return vi ? `chỉ tiêu nhóm "${i.row}" không được có công thức` : `group row "${i.row}" may not have a formula`;
    case 'ref-unknown':
      return vi ? `${placeText(i.in, lang)}: không có chỉ tiêu "${i.ref}"` : `${placeText(i.in, lang)}: there is no indicator "${i.ref}"`;
    case 'ref-group':
      return vi
        ? `${placeText(i.in, lang)}: "${i.ref}" là dòng nhóm, không có số liệu`
        : `${placeText(i.in, lang)}: "${i.ref}" is a group row, which holds no figure`;
    case 'expression':
      return `${placeText(i.in, lang)}: ${expressionFaultText(i, lang)}`;
    case 'cycle':
      return vi ? `công thức vòng tròn: ${i.path.join(' → ')}` : `formulas in a circle: ${i.path.join(' → ')}`;
    case 'size-not-count':
      return vi ? `chỉ tiêu quy mô "${i.row}" phải là một số đếm của mẫu` : `the size indicator "${i.row}" must be a count of the template`;
    case 'chart-not-rate':
      return vi
        ? `biểu đồ: "${i.row}" phải là một tỷ lệ tính từ các chỉ tiêu của mẫu`
        : `charts: "${i.row}" must be a rate computed from the template's indicators`;
  }
}
