import type { Lang } from './lang';

/** What recognition says of a sheet typed by hand, in either language (the CLI and the task pane). */
const pct = (x: number) => `${Math.floor(x * 100)}%`;

export function recognisedAsText(
  a: { sheet: string; template: string; version: string; unit: string; period: string },
  lang: Lang = 'vi',
): string {
  return lang === 'vi'
    ? `Trang "${a.sheet}": nhận dạng là mẫu ${a.template} (phiên bản ${a.version}); đơn vị: ${a.unit || '(không ghi, cần cho biết)'}; kỳ: ${a.period || '(không ghi, cần cho biết)'}`
    : `Sheet "${a.sheet}": recognised as template ${a.template} (version ${a.version}); unit: ${a.unit || '(not named: to be given)'}; period: ${a.period || '(not named: to be given)'}`;
}

/** A received file's table, for the confirmation before a merge (its unit is asked for beside it). */
export function recognisedFileText(a: { template: string; version: string; period: string }, lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? `bảng tự lập, nhận dạng là mẫu ${a.template} (phiên bản ${a.version}); kỳ: ${a.period || '(không ghi, tính là kỳ tổng hợp)'}`
    : `a hand-made table, recognised as template ${a.template} (version ${a.version}); period: ${a.period || '(not named: taken as the merge’s)'}`;
}

export function recognitionCountsText(
  a: { tied: number; unmatched: number; missing: number; confidence: number },
  lang: Lang = 'vi',
): string {
  return lang === 'vi'
    ? `${a.tied} dòng nhận ra (độ tin cậy thấp nhất ${pct(a.confidence)}), ${a.unmatched} dòng không nhận ra, thiếu ${a.missing} chỉ tiêu của mẫu`
    : `${a.tied} rows recognised (lowest confidence ${pct(a.confidence)}), ${a.unmatched} not recognised, ${a.missing} indicators of the template missing`;
}

export function tiedRowText(a: { code: string; confidence: number; by: 'stt+label' | 'label' }, lang: Lang = 'vi'): string {
  const by =
    lang === 'vi' ? (a.by === 'label' ? 'theo tên' : 'theo STT và tên') : a.by === 'label' ? 'by its label' : 'by its STT and label';
  return `→ ${a.code} (${pct(a.confidence)}, ${by})`;
}

export function unmatchedRowText(a: { label: string; closest?: { code: string; similarity: number } }, lang: Lang = 'vi'): string {
  const near = a.closest
    ? lang === 'vi'
      ? `; gần nhất: ${a.closest.code} (${pct(a.closest.similarity)})`
      : `; closest: ${a.closest.code} (${pct(a.closest.similarity)})`
    : '';
  return lang === 'vi'
    ? `✗ "${a.label.slice(0, 60)}" không nhận ra là chỉ tiêu nào${near}`
    : `✗ "${a.label.slice(0, 60)}" is not any indicator${near}`;
}

export function notRecognisedText(sheet: string, lang: Lang = 'vi'): string {
  return lang === 'vi' ? `Trang "${sheet}": không phải phụ lục của mẫu nào` : `Sheet "${sheet}": not an appendix of any template`;
}

export function ownSheetText(sheet: string, template: string, lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? `Trang "${sheet}": mẫu ${template} do phần mềm tạo, không cần nhận dạng`
    : `Sheet "${sheet}": template ${template} written by the add-in, nothing to recognise`;
}
