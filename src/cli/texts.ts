import { listedNames, type Lang } from '../domain/messages/lang';

const USAGE_VI = `cchc — công cụ báo cáo cải cách hành chính trên tệp Excel (.xlsx)

  cchc templates [--json]
      Liệt kê các mẫu phụ lục.
  cchc template <id> --out FILE.xlsx [--unit "UBND xã …"] [--period 2024-Q3|2024-H1|2024]
                [--report-number "68/BC-UBND"] [--report-date "15/9/2024"] [--addons]
      Tạo tệp chứa mẫu. --addons: thêm các cột tiện ích không thuộc mẫu chính thức (đơn vị tính…),
      tiêu đề in nghiêng trên nền xám.
  cchc fill FILE.xlsx --values VALUES.csv --out OUT.xlsx [--sheet NAME] [--json]
      Ghi số liệu từ tệp CSV "mã,giá trị" (ví dụ I.2.1,7) hoặc tệp của cchc export vào trang mẫu; tệp gốc không bị sửa.
  cchc validate FILE.xlsx|THƯ_MỤC… [--json]
      Kiểm tra số liệu các trang mẫu. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.
  cchc recognise FILE.xlsx|.xls|.ods|THƯ_MỤC… [--json]
      Nhận dạng bảng phụ lục tự lập (không do phần mềm tạo): dòng nào là chỉ tiêu nào, cột nào là số liệu,
      dòng nào không nhận ra. Kiểm tra và tổng hợp dùng cùng cách nhận dạng này.
  cchc export TỆP|THƯ_MỤC… --csv OUT.csv
      Xuất mọi số liệu của các trang mẫu (kể cả bảng tự lập) dạng dài: mỗi dòng một đơn vị, kỳ, mẫu,
      chỉ tiêu, cột, kèm tệp và ô gốc (UTF-8 có BOM). cchc fill nhận lại chính tệp này.
  cchc compute FILE.xlsx --out OUT.xlsx [--values-only] [--json]
      Tính lại các chỉ tiêu tỷ lệ, tổng (khôi phục công thức) và liệt kê các ô thay đổi.
  cchc merge TỆP|THƯ_MỤC… --out OUT.xlsx [--unit "Sở Nội vụ tỉnh …"] [--period 2024-Q3]
             [--expected DANH_SACH.txt|DANH_SACH.xlsx] [--exclude-errors] [--json]
             [--unit-of "TỆP.xlsx=UBND xã …"]… [--previous KỲ_TRƯỚC.xlsx [--succession SAP_XEP.csv|.xlsx]]
             [--deadlines HAN_NOP.json] [--due-before NGÀY] [--window TỪ-ĐẾN] [--submitted "ĐƠN_VỊ=NGÀY"]…
      Tổng hợp báo cáo của các đơn vị: cộng số đếm, tính lại tỷ lệ từ tử số và mẫu số đã cộng,
      đếm câu trả lời mã, ghi chi tiết theo đơn vị và nhật ký từng tệp. Tệp gốc không bị sửa.
      Nhận cả bảng tự lập (được nhận dạng) và tệp .xls, .ods (chuyển bằng LibreOffice nếu máy có);
      --unit-of cho biết đơn vị của tệp không ghi tên đơn vị. --previous so sánh với tệp tổng hợp kỳ trước
      (trang "So với kỳ trước"); --succession: danh sách sắp xếp "đơn vị mới,đơn vị cũ,ngày" để cộng
      số liệu các đơn vị cũ hợp thành đơn vị mới. Nộp muộn chỉ được nêu khi có quy định: của tỉnh trong
      --deadlines (tệp JSON), hoặc cho kỳ này --due-before 20/9/2024; --window 15/6/2024-14/9/2024 thay kỳ số
      liệu của Bộ Nội vụ. Ngày nộp lấy theo --submitted "UBND xã …=15/9/2024", nếu không thì ngày ghi trên
      báo cáo; ngày lưu tệp chỉ được ghi lại, không dùng để xét muộn.
  cchc targets TỆP.xlsx [--json] [--level tinh|huyen|xa] [--targets MỤC_TIÊU.json]… [--out OUT.xlsx]
      Đối chiếu số liệu với các mục tiêu (Chương trình CCHC 2021–2030, mục tiêu năm 2020, PAR INDEX,
      mục tiêu riêng của đơn vị): giá trị, ngưỡng, đạt hay không. Phụ lục 8 và mục 8 tự đánh giá: đề xuất
      Đạt/Không đạt từ số liệu; --out ghi đề xuất vào ô còn trống, đánh dấu ô cán bộ ghi khác (giữ nguyên).
      --targets thêm mục tiêu riêng của tỉnh (tệp JSON); --level khi tên đơn vị không cho biết cấp.

  --lang en: thông báo bằng tiếng Anh (hoặc biến môi trường CCHC_LANG=en). Các trang và tệp
  kết quả vẫn bằng tiếng Việt.
  Mã thoát 2: không dùng được tệp hoặc tham số (thông báo nêu tệp, trang, ô). Mã thoát 3: lỗi nội bộ
  của cchc, không phải do dữ liệu; thêm --debug để xem chi tiết.
`;

const USAGE_EN = `cchc — administrative reform reporting on Excel files (.xlsx)

  cchc templates [--json]
      Lists the appendix templates.
  cchc template <id> --out FILE.xlsx [--unit "UBND xã …"] [--period 2024-Q3|2024-H1|2024]
                [--report-number "68/BC-UBND"] [--report-date "15/9/2024"] [--addons]
      Writes a file holding the template. --addons: also the convenience columns the official form does
      not have (units of measure…), headed in grey italics.
  cchc fill FILE.xlsx --values VALUES.csv --out OUT.xlsx [--sheet NAME] [--json]
      Writes figures from a "code,value" CSV file (e.g. I.2.1,7) or a cchc export into the template sheet; the source is not changed.
  cchc validate FILE.xlsx|FOLDER… [--json]
      Checks the figures of the template sheets. Exit code: 0 no errors, 1 errors, 2 a file cannot be read.
  cchc recognise FILE.xlsx|.xls|.ods|FOLDER… [--json]
      Recognises appendix tables typed by hand (not written by the add-in): which row is which indicator,
      which columns hold the figures, which rows could not be tied. Checking and merging read them the same way.
  cchc export FILE|FOLDER… --csv OUT.csv
      Exports every value of the template sheets (hand-made ones too) in long format: one row per unit, period,
      template, indicator and column, with the source file and cell (UTF-8 with BOM). cchc fill reads it back.
  cchc compute FILE.xlsx --out OUT.xlsx [--values-only] [--json]
      Recomputes ratios and totals (restoring their formulas) and lists the cells changed.
  cchc merge FILE|FOLDER… --out OUT.xlsx [--unit "Sở Nội vụ tỉnh …"] [--period 2024-Q3]
             [--expected LIST.txt|LIST.xlsx] [--exclude-errors] [--json]
             [--unit-of "FILE.xlsx=UBND xã …"]… [--previous PREVIOUS.xlsx [--succession LIST.csv|.xlsx]]
             [--deadlines DEADLINES.json] [--due-before DAY] [--window FROM-TO] [--submitted "UNIT=DAY"]…
      Consolidates the units' reports: sums counts, recomputes ratios from the summed numerators and
      denominators, counts coded answers, writes a per-unit breakdown and a log of every file. Sources are not changed.
      Also takes tables typed by hand (recognised) and .xls, .ods files (converted by LibreOffice where installed);
      --unit-of names the unit of a file whose sheet names none. --previous compares with the previous
      period's consolidation (sheet "So với kỳ trước"); --succession: "new unit,earlier unit,date" lines,
      so that the earlier units making up a new one are added up. Lateness is stated only under a rule: a
      province's rules in --deadlines (a JSON file), or for this period --due-before 20/9/2024; --window
      15/6/2024-14/9/2024 replaces the Ministry's data window. The day sent is --submitted "UBND xã …=15/9/2024",
      else the date on the report; the day a file was saved is recorded, never used to judge lateness.
  cchc targets FILE.xlsx [--json] [--level tinh|huyen|xa] [--targets TARGETS.json]… [--out OUT.xlsx]
      Holds the figures against the targets (the 2021–2030 reform programme, the 2020 targets, PAR INDEX,
      a unit's own targets): value, threshold, met or not. Self-assessments (Phụ lục 8, mục 8): proposes
      Đạt/Không đạt from the figures; --out writes the proposals into empty cells and marks an official's
      other answer (kept). --targets adds a province's own targets (JSON); --level when unit names do not say it.

  --lang vi: messages in Vietnamese (the default; or CCHC_LANG=vi). Sheets and result files are in Vietnamese.
  Exit code 2: a file or an argument cannot be used (the message names the file, sheet, cell). Exit code 3:
  an internal error of cchc, not caused by the data; add --debug for the details.
`;

/** "3 errors", "1 error". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the CLI says, in Vietnamese and English; findings, problems and log reasons come from the core's catalogue. */
export interface CliTexts {
  usage: string;
  rows(n: number): string;
  templateWritten(id: string, version: string, sheet: string, out: string): string;
  valuesWritten(written: number, total: number, sheet: string, out: string): string;
  notWritten(reason: string): string;
  fileSummary(file: string, errors: number, warnings: number, sheets: number): string;
  computed(cells: number, out: string): string;
  notSubmitted(units: string[]): string;
  mergeErrors(errors: number, files: number): string;
  outliers(values: number, units: number): string;
  previous(period: string, appeared: string[], vanished: string[]): string;
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
  debugHint: string;
}

const VI: CliTexts = {
  usage: USAGE_VI,
  rows: (n) => `${n} dòng`,
  templateWritten: (id, version, sheet, out) => `Đã ghi mẫu ${id} (phiên bản ${version}) vào trang "${sheet}" của ${out}`,
  valuesWritten: (written, total, sheet, out) => `Đã ghi ${written}/${total} giá trị vào trang "${sheet}" → ${out}`,
  notWritten: (reason) => `Không ghi: ${reason}`,
  fileSummary: (file, errors, warnings, sheets) => `${file}: ${errors} lỗi, ${warnings} cảnh báo trên ${sheets} trang mẫu.`,
  computed: (cells, out) => `Đã tính ${cells} ô → ${out}`,
  notSubmitted: (units) => `Chưa nộp: ${units.join(', ')}`,
  mergeErrors: (errors, files) => `${errors} lỗi khi kiểm tra trong ${files} tệp: xem danh sách ở trang "Nhật ký tổng hợp" (hoặc --json)`,
  late: (units) => `Nộp muộn (số ngày): ${listedNames(units, 'vi')}; xem trang "Nhật ký tổng hợp"`,
  previous: (period, appeared, vanished) =>
    [
      `So với kỳ ${period}: xem trang "So với kỳ trước"`,
      appeared.length ? `; không có số liệu kỳ trước: ${appeared.join(', ')}` : '',
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
  usage: USAGE_EN,
  rows: (n) => count(n, 'row', 'rows'),
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
  previous: (period, appeared, vanished) =>
    [
      `Compared with ${period}: see the sheet "So với kỳ trước"`,
      appeared.length ? `; no figures then: ${appeared.join(', ')}` : '',
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

/** The lines of the usage that describe one command (`cchc merge --help`); undefined for a command it does not know. */
export function commandUsage(command: string, lang: Lang): string | undefined {
  const lines = (lang === 'en' ? USAGE_EN : USAGE_VI).split('\n');
  // "template" is also the start of "templates": the command's word must end there.
  const start = lines.findIndex((l) => new RegExp(`^  cchc ${command}( |$)`).test(l));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith('    ')) end++;
  return lines.slice(start, end).join('\n');
}

export function cliTexts(lang: Lang): CliTexts {
  return lang === 'en' ? EN : VI;
}
