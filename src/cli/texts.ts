import { listedNames, type Lang } from '../domain/messages/lang';

/** "2025-07-01" as Vietnamese write a day: "01/7/2025". */
function dayVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** "3 errors", "1 error". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the CLI says, in Vietnamese and English; findings, problems and log reasons come from the core's catalogue. */
export interface CliTexts {
  rows(n: number): string;
  templateWritten(id: string, version: string, sheet: string, out: string): string;
  valuesWritten(written: number, total: number, sheet: string, out: string): string;
  notWritten(reason: string): string;
  fileSummary(file: string, errors: number, warnings: number, sheets: number): string;
  computed(cells: number, out: string): string;
  notSubmitted(units: string[]): string;
  mergeErrors(errors: number, files: number): string;
  outliers(values: number, units: number): string;
  previous(period: string, appeared: string[], vanished: string[], notComparable: string[]): string;
  late(units: string[]): string;
  merged(merged: number, total: number, template: string, period: string, out: string): string;
  exported(file: string, rows: number, sheets: string[]): string;
  exportWritten(rows: number, out: string): string;
  assessed(filled: number, out: string): string;
  /** A copy saved from a workbook lacks the charts, pictures or PivotTables the source had. */
  objectsDropped(out: string): string;
  /** LibreOffice started on the received files of a format (it takes seconds, more for many). */
  converting(files: number, format: 'xls' | 'ods'): string;
  /** A file read whole whose sheet is of another template or period than those asked for. */
  notChosen(template: string, period: string): string;
  /** A province's number of communes, wards and special zones. */
  unitCount(n: number): string;
  unitsTotal(provinces: number, units: number, effective: string): string;
  provinceUnits(province: string, units: number, effective: string): string;
  /** No list was given: the units expected are the province's communes, wards and special zones. */
  expectedFromProvince(province: string, units: number): string;
  /** A predecessor taken only in part. */
  inPart: string;
  debugHint: string;
}

const VI: CliTexts = {
  rows: (n) => `${n} dòng`,
  unitCount: (n) => `${n} đơn vị cấp xã`,
  unitsTotal: (provinces, units, effective) => `${provinces} tỉnh, thành phố; ${units} xã, phường, đặc khu (từ ${dayVi(effective)}).`,
  provinceUnits: (province, units, effective) =>
    `${province}: ${units} xã, phường, đặc khu từ ${dayVi(effective)}; sau mũi tên là các đơn vị trước sắp xếp (mã, huyện cũ).`,
  inPart: 'một phần',
  expectedFromProvince: (province, units) =>
    `Đơn vị phải nộp: ${units} xã, phường, đặc khu của ${province} theo danh mục từ 01/7/2025 (không có --expected).`,
  templateWritten: (id, version, sheet, out) => `Đã ghi mẫu ${id} (phiên bản ${version}) vào trang "${sheet}" của ${out}`,
  valuesWritten: (written, total, sheet, out) => `Đã ghi ${written}/${total} giá trị vào trang "${sheet}" → ${out}`,
  notWritten: (reason) => `Không ghi: ${reason}`,
  fileSummary: (file, errors, warnings, sheets) => `${file}: ${errors} lỗi, ${warnings} cảnh báo trên ${sheets} trang mẫu.`,
  computed: (cells, out) => `Đã tính ${cells} ô → ${out}`,
  notSubmitted: (units) => `Chưa nộp: ${units.join(', ')}`,
  mergeErrors: (errors, files) => `${errors} lỗi khi kiểm tra trong ${files} tệp: xem danh sách ở trang "Nhật ký tổng hợp" (hoặc --json)`,
  late: (units) => `Nộp muộn (số ngày): ${listedNames(units, 'vi')}; xem trang "Nhật ký tổng hợp"`,
  previous: (period, appeared, vanished, notComparable) =>
    [
      `So với kỳ ${period}: xem trang "So với kỳ trước"`,
      appeared.length ? `; không có số liệu kỳ trước: ${appeared.join(', ')}` : '',
      notComparable.length ? `; không so sánh được (lấy một phần đơn vị cũ): ${listedNames(notComparable, 'vi')}` : '',
      vanished.length ? `; kỳ trước có nhưng kỳ này không: ${vanished.join(', ')}` : '',
    ].join(''),
  outliers: (values, units) =>
    `${values} giá trị khác thường so với các đơn vị khác ở ${units} đơn vị (cảnh báo, nên hỏi lại đơn vị): xem trang "Nhật ký tổng hợp"`,
  merged: (merged, total, template, period, out) => `Đã tổng hợp ${merged}/${total} tệp (${template}, kỳ ${period}) → ${out}`,
  exported: (file, rows, sheets) => `${file}: ${rows} giá trị từ ${sheets.length} trang (${sheets.join(', ')})`,
  exportWritten: (rows, out) => `Đã ghi ${rows} dòng → ${out}`,
  assessed: (filled, out) => `Đã ghi ${filled} đề xuất tự đánh giá vào ô còn trống → ${out}`,
  objectsDropped: (out) =>
    `Lưu ý: tệp gốc có biểu đồ, hình hoặc PivotTable; ${out} giữ số liệu nhưng không có các đối tượng đó (tệp gốc không đổi).`,
  notChosen: (template, period) => `trang mẫu ${template}, kỳ ${period || '(không ghi)'}: không phải mẫu và kỳ được tổng hợp`,
  converting: (files, format) => `Đang chuyển ${files} tệp .${format} bằng LibreOffice…`,
  debugHint: 'Chạy lại với --debug để xem chi tiết.',
};

const EN: CliTexts = {
  rows: (n) => count(n, 'row', 'rows'),
  unitCount: (n) => count(n, 'commune-level unit', 'commune-level units'),
  unitsTotal: (provinces, units, effective) =>
    `${provinces} provinces and cities; ${units} communes, wards and special zones (from ${effective}).`,
  provinceUnits: (province, units, effective) =>
    `${province}: ${units} communes, wards and special zones from ${effective}; after the arrow, the units before the arrangement (code, former district).`,
  inPart: 'in part',
  expectedFromProvince: (province, units) =>
    `Units expected: the ${units} communes, wards and special zones of ${province} by the list from 1 July 2025 (no --expected given).`,
  templateWritten: (id, version, sheet, out) => `Wrote template ${id} (version ${version}) to sheet "${sheet}" of ${out}`,
  valuesWritten: (written, total, sheet, out) => `Wrote ${written}/${total} values to sheet "${sheet}" → ${out}`,
  notWritten: (reason) => `Not written: ${reason}`,
  fileSummary: (file, errors, warnings, sheets) =>
    `${file}: ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')} in ${count(sheets, 'template sheet', 'template sheets')}.`,
  computed: (cells, out) => `Computed ${count(cells, 'cell', 'cells')} → ${out}`,
  notSubmitted: (units) => `Not submitted: ${units.join(', ')}`,
  mergeErrors: (errors, files) =>
    `${count(errors, 'error', 'errors')} found in ${count(files, 'file', 'files')}: listed on the sheet "Nhật ký tổng hợp" (or with --json)`,
  late: (units) => `Late (days): ${listedNames(units, 'en')}; see the sheet "Nhật ký tổng hợp"`,
  previous: (period, appeared, vanished, notComparable) =>
    [
      `Compared with ${period}: see the sheet "So với kỳ trước"`,
      appeared.length ? `; no figures then: ${appeared.join(', ')}` : '',
      notComparable.length ? `; not comparable (made partly of earlier units): ${listedNames(notComparable, 'en')}` : '',
      vanished.length ? `; there then, not now: ${vanished.join(', ')}` : '',
    ].join(''),
  outliers: (values, units) =>
    `${count(values, 'value', 'values')} far from the other units' in ${count(units, 'unit', 'units')} (warnings, worth a call): listed on the sheet "Nhật ký tổng hợp"`,
  merged: (merged, total, template, period, out) => `Consolidated ${merged}/${total} files (${template}, period ${period}) → ${out}`,
  exported: (file, rows, sheets) =>
    `${file}: ${count(rows, 'value', 'values')} from ${count(sheets.length, 'sheet', 'sheets')} (${sheets.join(', ')})`,
  exportWritten: (rows, out) => `Wrote ${count(rows, 'row', 'rows')} → ${out}`,
  assessed: (filled, out) => `Wrote ${count(filled, 'self-assessment proposal', 'self-assessment proposals')} into empty cells → ${out}`,
  objectsDropped: (out) =>
    `Note: the source has charts, pictures or PivotTables; ${out} keeps its figures but not those objects (the source is unchanged).`,
  notChosen: (template, period) =>
    `template sheet ${template}, period ${period || '(none given)'}: not the template and period consolidated`,
  converting: (files, format) => `Converting ${count(files, `.${format} file`, `.${format} files`)} with LibreOffice…`,
  debugHint: 'Run again with --debug for the details.',
};

export function cliTexts(lang: Lang): CliTexts {
  return lang === 'en' ? EN : VI;
}
