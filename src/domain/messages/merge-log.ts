import { listedNames, type Lang } from './lang';
import { internalErrorText, problemText, type Problem } from './problems';
import type { Outlier } from '../merge/outliers';
import { dayText, type Submission, type Timeliness } from '../merge/deadlines';
import { formatNumberVi, formatPercentVi } from '../number/parse';

/** What became of a file in a merge. */
export type LogStatus = 'merged' | 'skipped';

/** Why a file was left out, or what to know about one merged, as facts. */
export type LogReason =
  | { code: 'unreadable'; problem: Problem }
  | { code: 'internal'; detail: string }
  | { code: 'other-template'; template: string; expected: string }
  | { code: 'other-period'; period: string; expected: string }
  | { code: 'period-invalid'; period: string }
  | { code: 'no-unit' }
  | { code: 'own-file'; unit: string }
  | { code: 'duplicate'; unit: string; newer: string }
  | { code: 'errors-excluded'; errors: number }
  | { code: 'errors-kept'; errors: number }
  | { code: 'in-consolidation'; unit: string; consolidation: string; file: string }
  | { code: 'overlaps-consolidation'; units: string[]; file: string };

/** How a sheet typed by hand was read for a merge: what the person merging should know. */
export interface RecognitionNote {
  /** The least alike label among the rows tied, 0–1. */
  confidence: number;
  tied: number;
  unmatched: number;
  missing: number;
  /** The period the sheet does not name, taken as the merge's. */
  periodAssumed?: string;
  /** The unit the sheet does not name, as the person merging gave it. */
  unitGiven?: string;
  /** The period the sheet does not name, as the person merging gave it. */
  periodGiven?: string;
}

export function recognitionText(n: RecognitionNote, lang: Lang = 'vi'): string {
  const pct = Math.floor(n.confidence * 100);
  const parts =
    lang === 'vi'
      ? [
          `nhận dạng từ bảng tự lập (độ tin cậy ${pct}%): ${n.tied} dòng nhận ra, ${n.unmatched} dòng không nhận ra, thiếu ${n.missing} chỉ tiêu`,
          ...(n.periodAssumed !== undefined ? [`bảng không ghi kỳ báo cáo, tính là kỳ ${n.periodAssumed}`] : []),
          ...(n.periodGiven !== undefined ? [`bảng không ghi kỳ báo cáo, theo người tổng hợp là kỳ ${n.periodGiven}`] : []),
          ...(n.unitGiven !== undefined ? [`bảng không ghi đơn vị, theo người tổng hợp là ${n.unitGiven}`] : []),
        ]
      : [
          `recognised from a hand-made table (confidence ${pct}%): ${n.tied} rows recognised, ${n.unmatched} not recognised, ${n.missing} indicators missing`,
          ...(n.periodAssumed !== undefined ? [`the table names no period, taken as ${n.periodAssumed}`] : []),
          ...(n.periodGiven !== undefined ? [`the table names no period; given as ${n.periodGiven}`] : []),
          ...(n.unitGiven !== undefined ? [`the table names no unit; given as ${n.unitGiven}`] : []),
        ];
  return parts.join('; ');
}

export function logStatusText(s: LogStatus, lang: Lang = 'vi'): string {
  if (lang === 'vi') return s === 'merged' ? 'đã gộp' : 'bỏ qua';
  return s === 'merged' ? 'merged' : 'skipped';
}

export function logReasonText(r: LogReason, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  switch (r.code) {
    case 'unreadable':
      return problemText(r.problem, lang);
    case 'internal':
      return internalErrorText(r.detail, lang);
    case 'other-template':
      return vi ? `mẫu ${r.template}, không phải ${r.expected}` : `template ${r.template}, not ${r.expected}`;
    case 'other-period':
      return vi ? `kỳ ${r.period || '(không ghi)'}, không phải ${r.expected}` : `period ${r.period || '(none)'}, not ${r.expected}`;
    case 'period-invalid':
      return vi
        ? `ô kỳ báo cáo ghi "${r.period.slice(0, 40)}", không phải kỳ hợp lệ (dạng 2024-Q3, 2024-H1, 2024)`
        : `the period cell holds "${r.period.slice(0, 40)}", not a valid period (such as 2024-Q3, 2024-H1, 2024)`;
    case 'no-unit':
      return vi ? 'tệp không ghi đơn vị báo cáo' : 'the file names no reporting unit';
    case 'own-file':
      return vi
        ? `tệp tổng hợp của chính ${r.unit}, không gộp lại vào chính nó`
        : `the consolidated file of ${r.unit} itself, not merged into itself`;
    case 'duplicate':
      return vi ? `trùng đơn vị ${r.unit}: đã lấy tệp mới hơn ${r.newer}` : `another file of ${r.unit}: the newer ${r.newer} was taken`;
    case 'errors-excluded':
      return vi
        ? `có ${r.errors} lỗi khi kiểm tra (đã chọn loại tệp có lỗi)`
        : `${errorsEn(r.errors)} found by the check (files with errors left out, as chosen)`;
    case 'errors-kept':
      return vi ? `có ${r.errors} lỗi khi kiểm tra (vẫn gộp)` : `${errorsEn(r.errors)} found by the check (merged all the same)`;
    case 'in-consolidation':
      return vi
        ? `số liệu của ${r.unit} đã có trong tệp tổng hợp của ${r.consolidation} (${r.file}): không cộng hai lần`
        : `the figures of ${r.unit} are in the consolidation of ${r.consolidation} (${r.file}): not counted twice`;
    case 'overlaps-consolidation':
      return vi
        ? `tệp tổng hợp có đơn vị cũng có trong tệp tổng hợp ${r.file} (${listedNames(r.units, lang)}): không gộp, để không cộng hai lần`
        : `a consolidation with units also in the consolidation ${r.file} (${listedNames(r.units, lang)}): not merged, so as not to count them twice`;
  }
}

/** What a consolidation received as a unit's file holds: "tệp tổng hợp của 2 đơn vị: UBND xã A, UBND xã B". */
export function coversText(units: readonly string[], lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? `tệp tổng hợp của ${units.length} đơn vị: ${listedNames([...units], lang)}`
    : `a consolidation of ${units.length} units: ${listedNames([...units], lang)}`;
}

const errorsEn = (n: number) => `${n} error${n === 1 ? '' : 's'}`;

/** What an unusual value is, with the comparison: "VII.5.3 = 12%: trung vị của 25 đơn vị 85%, z = −6,3". */
export function outlierText(o: Outlier, t: { size?: string }, percent: boolean, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const n = (x: number, d = 2) => (vi ? formatNumberVi(x, d) : Number(x.toFixed(d)).toLocaleString('en-US', { maximumFractionDigits: d }));
  const shown = (x: number) => (percent ? (vi ? formatPercentVi(x) : `${n(x * 100, 1)}%`) : n(x));
  const z = `z = ${o.z < 0 ? '−' : ''}${n(Math.abs(o.z), 1)}`;
  if (o.perSize === undefined)
    return vi
      ? `${o.code} = ${shown(o.value)}: trung vị của ${o.among} đơn vị ${shown(o.median)}, ${z}`
      : `${o.code} = ${shown(o.value)}: the median of ${o.among} units is ${shown(o.median)}, ${z}`;
  return vi
    ? `${o.code} = ${n(o.value)}, tức ${n(o.perSize)} trên một người của ${t.size}: trung vị của ${o.among} đơn vị ${n(o.median)}, ${z}`
    : `${o.code} = ${n(o.value)}, that is ${n(o.perSize)} per person of ${t.size}: the median of ${o.among} units is ${n(o.median)}, ${z}`;
}

/** How unusual values are found, said once above their list. */
export function outlierMethodText(t: { size?: string }, lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? `Cách tính: chỉ số z cải tiến theo trung vị và độ lệch tuyệt đối trung vị (MAD) của các đơn vị, khác thường khi |z| > 3,5 và có ít nhất 5 đơn vị có số liệu không lỗi; tỷ lệ so sánh trực tiếp${t.size ? `, số đếm chia cho ${t.size} của từng đơn vị` : ''}; chỉ nêu khi chênh lệch đáng kể (tỷ lệ cách trung vị từ 10 điểm phần trăm, số đếm từ một nửa trung vị và ít nhất 5; gấp đôi khi đa số đơn vị có cùng số liệu). Đây là cảnh báo để hỏi lại đơn vị, không phải lỗi.`
    : `Method: the modified z-score from the units' median and median absolute deviation (MAD), unusual when |z| > 3.5 with at least 5 units reporting figures not in error; rates compared as they are${t.size ? `, counts divided by each unit's ${t.size}` : ''}; only a difference that matters (a rate 10 points or more from the median, a count half the median or more and at least 5; twice that where most units report the same figure). A warning to check with the unit, not an error.`;
}

/** Who was expected, who sent and was used, who sent a file that was not used and why, who sent nothing. */
export interface Completeness {
  expected: string[];
  /** The units merged. */
  submitted: string[];
  /** Listed units that sent nothing at all (a unit whose file was left out is not among them). */
  missing: string[];
  /** Listed units whose file came but was not used (another period, errors left out, unreadable…), with why. */
  notUsed: { unit: string; file: string; why?: LogReason }[];
  duplicates: string[];
  /** Units whose figures came inside a consolidation merged as one unit (a district's, say), with its file. */
  through: { unit: string; file: string; consolidation: string }[];
  /** Merged units not on the list. */
  unexpected: string[];
  /** A unit not on the list whose name is near a listed unit that sent nothing: proposed, never taken. */
  proposed: { unit: string; listed: string }[];
}

/**
 * The log's lines on who sent: against the list, those merged, those whose file came but was not
 * used (with why), those who sent nothing, those not on the list (with the listed name theirs is
 * near, for the office to confirm).
 */
export function completenessLines(c: Completeness, lang: Lang = 'vi'): string[] {
  const vi = lang === 'vi';
  const none = vi ? 'không có' : 'none';
  const lines: string[] = [];
  if (c.expected.length) {
    const merged = c.expected.length - c.missing.length - c.notUsed.length;
    lines.push(
      vi
        ? `Đơn vị phải nộp: ${c.expected.length}; đã nộp và được tổng hợp: ${merged}; đã nộp nhưng không dùng: ${c.notUsed.length}; chưa nộp: ${c.missing.length}`
        : `Units expected: ${c.expected.length}; sent and merged: ${merged}; sent but not used: ${c.notUsed.length}; not sent: ${c.missing.length}`,
    );
    lines.push(`${vi ? 'Chưa nộp' : 'Not sent'}: ${c.missing.join(', ') || none}`);
  } else
    lines.push(
      vi
        ? `Đã nộp và được tổng hợp: ${c.submitted.length} đơn vị (không có danh sách đơn vị phải nộp)`
        : `Sent and merged: ${c.submitted.length} units (no list of units expected)`,
    );
  return [...lines, throughLine(c, lang), notUsedLine(c, lang), unexpectedLine(c, lang)].filter((l): l is string => !!l);
}

/** The units whose figures came inside a consolidation, by consolidation; undefined when there is none. */
export function throughLine(c: Completeness, lang: Lang = 'vi'): string | undefined {
  if (!c.through.length) return undefined;
  const files = [...new Set(c.through.map((t) => t.file))].map((file) => {
    const units = c.through.filter((t) => t.file === file);
    return `${listedNames(
      units.map((t) => t.unit),
      lang,
    )} (${lang === 'vi' ? 'trong tệp tổng hợp của' : 'in the consolidation of'} ${units[0].consolidation}, ${file})`;
  });
  return `${lang === 'vi' ? 'Gửi qua tệp tổng hợp' : 'Sent within a consolidation'}: ${files.join('; ')}`;
}

/** The units whose file came but was not used, each with its file and why; undefined when there is none. */
export function notUsedLine(c: Completeness, lang: Lang = 'vi'): string | undefined {
  if (!c.notUsed.length) return undefined;
  const units = c.notUsed.map((n) => `${n.unit} (${n.file}${n.why ? `: ${logReasonText(n.why, lang)}` : ''})`);
  return `${lang === 'vi' ? 'Đã nộp nhưng không dùng' : 'Sent but not used'}: ${units.join('; ')}`;
}

/** The units not on the list, each with the listed name it is near where there is one; undefined when there is none. */
export function unexpectedLine(c: Completeness, lang: Lang = 'vi'): string | undefined {
  if (!c.unexpected.length) return undefined;
  const vi = lang === 'vi';
  const units = c.unexpected.map((u) => {
    const near = c.proposed.find((p) => p.unit === u);
    return near ? `${u} (${vi ? `có phải: ${near.listed}?` : `is it ${near.listed}?`})` : u;
  });
  return `${vi ? 'Nộp nhưng không có trong danh sách' : 'Sent but not on the list'}: ${units.join('; ')}`;
}

/**
 * The log's lines on deadlines: the data window and the due day (or that no rule was given, so
 * nobody is judged late), then who was late, sent an older report, sent early, each unit's day
 * and where it was read, and who has no date.
 */
export function timelinessLines(t: Timeliness, when: string, lang: Lang = 'vi'): string[] {
  const vi = lang === 'vi';
  const by = (s: Submission) =>
    s.source === 'given'
      ? vi
        ? 'ngày được nhập'
        : 'day given'
      : s.source === 'report'
        ? vi
          ? 'ngày ghi trên báo cáo'
          : 'date on the report'
        : vi
          ? 'ngày lưu tệp'
          : 'date the file was saved';
  const at = (s: Submission & { day: number }) => `${s.unit} (${dayText(s.day)}, ${by(s)})`;
  const window = vi
    ? `Kỳ số liệu ${when}: từ ${dayText(t.window.from)} đến ${dayText(t.window.to)}.`
    : `Figures for ${when}: from ${dayText(t.window.from)} to ${dayText(t.window.to)}.`;
  const lines = [
    t.dueBefore === undefined
      ? vi
        ? `${window} Chưa có quy định hạn nộp của tỉnh: không xét nộp muộn.`
        : `${window} No deadline rule was given: nobody is judged late.`
      : vi
        ? `${window} Hạn nộp: trước ngày ${dayText(t.dueBefore)}. Ngày nộp lấy theo ngày được nhập cho đơn vị, nếu không có thì ngày ghi trên báo cáo (dòng "Kèm theo Báo cáo số … ngày …"); ngày lưu tệp không dùng để xét nộp muộn.`
        : `${window} Due before ${dayText(t.dueBefore)}. The day sent is the one given for the unit, else the date on the report (its "Kèm theo Báo cáo số … ngày …" line); a file's save date is never used to judge lateness.`,
  ];
  if (t.late.length)
    lines.push(
      `${vi ? 'Nộp muộn' : 'Late'}: ${t.late.map((s) => `${s.unit} (${dayText(s.day)}, ${vi ? `muộn ${s.days} ngày` : `${s.days} day${s.days === 1 ? '' : 's'} late`}, ${by(s)})`).join('; ')}`,
    );
  if (t.stale.length)
    lines.push(
      `${vi ? 'Báo cáo ghi ngày trước kỳ số liệu (có thể là báo cáo kỳ trước)' : 'Report dated before the period (last period’s?)'}: ${t.stale.map(at).join('; ')}`,
    );
  if (t.early.length)
    lines.push(
      `${vi ? 'Lập trước khi kỳ số liệu khép lại (số liệu có thể chưa đủ kỳ)' : 'Dated before the figures’ window closed (figures may be partial)'}: ${t.early.map(at).join('; ')}`,
    );
  const judged = t.sent.filter((s): s is Submission & { day: number } => s.day !== undefined && s.source !== 'file');
  if (judged.length) lines.push(`${vi ? 'Ngày nộp' : 'Days sent'}: ${judged.map(at).join('; ')}`);
  if (t.fileDated.length)
    lines.push(
      `${vi ? 'Chỉ biết ngày lưu tệp (không xét muộn)' : 'Only the file’s save date is known (not judged)'}: ${t.fileDated.map((s) => `${s.unit} (${dayText(s.day)})`).join('; ')}`,
    );
  if (t.undated.length) lines.push(`${vi ? 'Không rõ ngày nộp' : 'No date'}: ${t.undated.map((s) => s.unit).join('; ')}`);
  return lines;
}
