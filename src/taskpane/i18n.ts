import { isInputError } from '../domain/errors';
import { listedNames, type Lang } from '../domain/messages/lang';
import { internalErrorText, problemText } from '../domain/messages/problems';
import { isExcelFailure, type ExcelFailure, type ExcelStep } from '../adapters/office/excel-failure';
import type { OfficeNotice } from '../adapters/office/office-workbook';
import type { Shortfall } from './host/host';
import type { SelfTestStep } from '../app/self-test';

export type { Lang };

/** What went wrong, in a language: the user's input names its problem; anything else is a bug of the add-in, said so. */
function describe(e: unknown, lang: Lang): string {
  if (isExcelFailure(e)) return excelFailureText(e, lang);
  return isInputError(e) ? problemText(e.problem, lang) : internalErrorText(String(e), lang);
}

const STEP: Record<Lang, Record<ExcelStep, string>> = {
  vi: { unprotect: 'gỡ bảo vệ trang', protect: 'bảo vệ lại trang', write: 'ghi vào trang', 'print-setup': 'thiết lập trang in cho trang' },
  en: {
    unprotect: 'unprotect the sheet',
    protect: 'protect again the sheet',
    write: 'write to the sheet',
    'print-setup': 'set up printing of the sheet',
  },
};

/** What Excel's own error codes mean for the user; any other code is shown as it is. */
const CODE: Record<Lang, Record<string, string>> = {
  vi: {
    InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi làm lại',
    ApiNotFound: 'phiên bản Excel này không có chức năng đó',
    AccessDenied: 'sổ làm việc đang bị khóa hoặc chỉ cho đọc',
    RequestPayloadSizeLimitExceeded: 'dữ liệu quá lớn cho một lần gửi tới Excel',
  },
  en: {
    InvalidOperationInCellEditMode: 'Excel is editing a cell: press Enter or Esc and try again',
    ApiNotFound: 'this version of Excel lacks that feature',
    AccessDenied: 'the workbook is locked or read-only',
    RequestPayloadSizeLimitExceeded: 'too much data for one request to Excel',
  },
};

function excelFailureText(e: ExcelFailure, lang: Lang): string {
  const meaning = CODE[lang][e.excelCode];
  const sheet = e.sheet ? ` "${e.sheet}"` : '';
  const unprotected =
    e.step === 'protect'
      ? lang === 'vi'
        ? ' Trang có thể đang không được bảo vệ: hãy bật lại ở Xem lại › Bảo vệ trang tính.'
        : ' The sheet may be left unprotected: protect it again in Review › Protect Sheet.'
      : '';
  return lang === 'vi'
    ? `Excel không cho ${STEP.vi[e.step]}${sheet}${meaning ? `: ${meaning}` : ''} (mã lỗi ${e.excelCode}).${unprotected}`
    : `Excel refused to ${STEP.en[e.step]}${sheet}${meaning ? `: ${meaning}` : ''} (error code ${e.excelCode}).${unprotected}`;
}

const SHORTFALL: Record<Lang, Record<Shortfall, string>> = {
  vi: {
    'drop-downs': 'danh sách chọn và kiểm tra khi nhập vào ô (cần ExcelApi 1.8)',
    'print-setup': 'thiết lập trang in của mẫu (cần ExcelApi 1.9; khi in hãy chọn A4, vừa một trang ngang)',
    comments: 'chú thích cạnh ô bị đánh dấu (cần ExcelApi 1.10; lời nhắn vẫn ở danh sách kết quả)',
  },
  en: {
    'drop-downs': 'drop-down lists and input rules on cells (needs ExcelApi 1.8)',
    'print-setup': 'the templates’ print setup (needs ExcelApi 1.9; print on A4, fit to one page wide)',
    comments: 'comments beside marked cells (needs ExcelApi 1.10; the messages stay in the results list)',
  },
};

function noticeText(n: OfficeNotice, lang: Lang): string {
  return lang === 'vi'
    ? `Excel không nhận thiết lập trang in của trang "${n.sheet}" (mã lỗi ${n.excelCode}): khi in, hãy chọn khổ A4 và vừa một trang ngang.`
    : `Excel refused the print setup of the sheet "${n.sheet}" (error code ${n.excelCode}): print it on A4, fit to one page wide.`;
}

/** "1 error", "2 errors". */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** UI texts: Vietnamese first, English second. Generated sheets are always in Vietnamese. */
const vi = {
  lang: 'vi' as Lang,
  appTitle: 'Báo cáo CCHC',
  tabInsert: 'Chèn mẫu',
  template: 'Mẫu phụ lục',
  unit: 'Đơn vị báo cáo',
  unitPlaceholder: 'Ví dụ: UBND xã Bắc Sơn',
  periodKind: 'Kỳ báo cáo',
  year: 'Năm',
  quarter: (q: number) => `Quý ${['I', 'II', 'III', 'IV'][q - 1]}`,
  half: '6 tháng',
  wholeYear: 'Năm',
  reportNumber: 'Số báo cáo',
  reportNumberPlaceholder: 'Ví dụ: 68/BC-UBND',
  reportDate: 'Ngày báo cáo',
  reportDatePlaceholder: 'Ví dụ: 15/9/2024',
  addons: 'Thêm cột tiện ích (đơn vị tính…), không thuộc mẫu chính thức',
  insert: 'Chèn mẫu',
  inserting: 'Đang chèn…',
  inserted: (sheet: string) => `Đã chèn trang "${sheet}".`,
  rows: (n: number) => `${n} dòng chỉ tiêu`,
  noWorkbook: 'Chưa có sổ làm việc: mẫu sẽ được chèn vào sổ mới.',
  openFile: 'Mở tệp .xlsx',
  openSample: 'Mở tệp mẫu (xã Bắc Sơn, quý III/2024)',
  download: 'Tải xuống .xlsx',
  currentFile: (name: string) => `Sổ làm việc: ${name}`,
  newWorkbookName: 'bao-cao-cchc.xlsx',
  replaceWorkbook: (name: string) => `Mở tệp khác sẽ đóng "${name}" trên trang này; những thay đổi chưa tải xuống sẽ mất. Vẫn mở?`,
  standalone: 'Đang chạy như trang web độc lập: mở tệp hoặc chèn mẫu rồi tải xuống.',
  inExcel: 'Đang chạy trong Excel.',
  error: (e: unknown) => `Lỗi: ${describe(e, 'vi')}`,
  unsupported:
    'Phiên bản Excel này chưa có ExcelApi 1.7 (Office 2019 trở lên mới có). Hãy cập nhật Office, hoặc dùng trang độc lập trong trình duyệt.',
  officeJsMissing:
    'Ngăn đang mở trong Excel nhưng không tải được Office.js từ máy chủ của Microsoft, nên không làm việc được với sổ đang mở. Hãy nhờ quản trị mạng cho phép truy cập https://appsforoffice.microsoft.com (cổng 443), rồi đóng và mở lại ngăn.',
  shortfalls: (items: Shortfall[]) => `Excel này chưa có: ${items.map((i) => SHORTFALL.vi[i]).join('; ')}. Các việc khác vẫn làm đầy đủ.`,
  notice: (n: OfficeNotice) => noticeText(n, 'vi'),
  help: 'Hướng dẫn',
  selfTest: 'Tự kiểm tra',
  selfTestRunning: 'Đang kiểm tra…',
  selfTestHint:
    'Chạy thử các chức năng chính trên vài trang tạm (tự xóa khi xong) và cho biết Excel này làm được gì. Gửi kết quả cho bộ phận tin học nếu có bước không đạt.',
  selfTestHost: 'Chạy trên',
  selfTestFailed: 'KHÔNG ĐẠT',
  selfTestCopy: 'Sao chép kết quả',
  selfTestCopied: 'Đã sao chép',
  selfTestStep: {
    insert: 'Chèn mẫu',
    fill: 'Nhập số liệu',
    check: 'Kiểm tra',
    'clear-marks': 'Xóa đánh dấu',
    compute: 'Tính toán',
    merge: 'Tổng hợp',
    remove: 'Xóa trang tạm',
  } as Record<SelfTestStep, string>,
  starting: 'Đang khởi động…',
  preview: 'Xem trước trang vừa chèn',
  language: 'English',
  unitRequired: 'Hãy nhập đơn vị báo cáo.',
  yearInvalid: 'Năm không hợp lệ.',
  tabCheck: 'Kiểm tra',
  check: 'Kiểm tra',
  activeOnly: 'Chỉ trang đang mở',
  clearMarks: 'Xóa đánh dấu',
  cleared: (n: number) => `Đã xóa đánh dấu, khôi phục ${n} ô.`,
  downloadReport: 'Tải báo cáo kiểm tra (.csv)',
  summary: (e: number, w: number, sheets: number) => `${e} lỗi, ${w} cảnh báo trên ${sheets} trang mẫu`,
  counts: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo`,
  noFindings: 'Không có lỗi hay cảnh báo.',
  noTemplateSheet: 'Sổ làm việc không có trang nào được tạo từ mẫu CCHC: hãy chèn mẫu hoặc mở tệp báo cáo.',
  activeNotTemplate: (s: string) => `Trang "${s}" không phải là trang mẫu CCHC (không có thông tin mẫu ở cột A ẩn).`,
  skippedSheets: (names: string[]) => `Bỏ qua các trang không phải mẫu: ${names.join(', ')}`,
  tabCompute: 'Tính toán',
  previewCompute: 'Xem trước các ô sẽ tính',
  applyCompute: (n: number) => `Đồng ý ghi ${n} ô`,
  undoCompute: 'Hoàn tác',
  computed: (n: number) => `Đã tính lại ${n} ô.`,
  undone: 'Đã khôi phục các ô như trước khi tính.',
  nothingToCompute: 'Không có ô nào cần tính lại.',
  tabTargets: 'Mục tiêu',
  targetsIntro:
    'Đối chiếu số liệu các trang mẫu với mục tiêu CCHC: tỷ lệ tính lại từ số liệu thành phần; mục tiêu không có ngưỡng số để cán bộ đánh giá.',
  checkTargets: 'Đối chiếu mục tiêu',
  noTargets: 'Không có mục tiêu nào áp dụng cho báo cáo này.',
  version: (v: string) => `Báo cáo CCHC, phiên bản ${v}`,
  newerVersion: (v: string, inExcel: boolean) =>
    `Đã có phiên bản mới ${v} trên máy chủ. ${inExcel ? 'Đóng và mở lại ngăn Báo cáo CCHC (hoặc khởi động lại Excel) để dùng phiên bản mới.' : 'Tải xuống sổ làm việc đang sửa, rồi tải lại trang (F5) để dùng phiên bản mới.'}`,
  assessTitle: 'Tự đánh giá (Đạt/Không đạt)',
  applyProposals: (n: number) => `Ghi ${n} đề xuất vào ô trống`,
  proposalsWritten: (n: number) => `Đã ghi ${n} đề xuất (tô xanh). Ô cán bộ ghi khác số liệu được tô vàng và giữ nguyên.`,
  assessState: { proposed: 'Đề xuất', agrees: 'Khớp', override: 'Cán bộ ghi khác', open: 'Cán bộ đánh giá' },
  tabMerge: 'Tổng hợp',
  mergeChoose: 'Chọn tệp của các đơn vị',
  mergeDrop: 'hoặc kéo thả các tệp .xlsx vào đây',
  mergeChosen: (n: number) => `Đã chọn ${n} tệp`,
  mergeRemove: (name: string) => `Bỏ tệp ${name}`,
  mergeClear: 'Bỏ chọn tất cả',
  mergeUnit: 'Đơn vị tổng hợp',
  mergeUnitPlaceholder: 'Ví dụ: Sở Nội vụ tỉnh Hưng Yên',
  mergeExpected: 'Danh sách đơn vị phải nộp (không bắt buộc)',
  mergeExpectedHint: 'Mỗi dòng một đơn vị, ví dụ: UBND xã Bắc Sơn; thêm nhóm sau dấu ; (huyện cũ, cụm) để có dòng cộng theo nhóm',
  mergeExpectedSheet: 'hoặc lấy danh sách từ một trang tính (một cột tên đơn vị)',
  mergeExpectedSheetPick: 'Chọn trang tính…',
  mergeExpectedSheetEmpty: (sheet: string) => `Trang "${sheet}" không có cột tên đơn vị nào.`,
  mergeExcludeErrors: 'Loại các tệp có lỗi khi kiểm tra',
  mergeRun: 'Tổng hợp',
  mergeUnitRequired: 'Hãy nhập đơn vị tổng hợp.',
  mergeNoFiles: 'Hãy chọn các tệp cần tổng hợp.',
  objectsLost:
    'Tệp này có biểu đồ, hình hoặc PivotTable: trang web giữ nguyên số liệu nhưng không giữ được các đối tượng đó khi tải xuống (biểu đồ của trang Biểu đồ thì được vẽ lại khi tổng hợp). Để giữ chúng, hãy dùng bổ trợ trong Excel.',
  mergeCancel: 'Hủy',
  mergeCancelled: 'Đã hủy: chưa tổng hợp gì, sổ làm việc không thay đổi.',
  mergeStage: (stage: string, read: number, total: number) =>
    stage === 'read'
      ? `Đã đọc và kiểm tra ${read}/${total} tệp`
      : stage === 'merge'
        ? 'Đang tổng hợp…'
        : stage === 'write'
          ? 'Đang ghi kết quả…'
          : 'Xong',
  mergeDone: (merged: number, total: number, sheets: string[]) => `Đã tổng hợp ${merged}/${total} tệp vào các trang: ${sheets.join(', ')}.`,
  mergeDownload: 'Kết quả mới chỉ nằm trong sổ làm việc trên trang này: bấm “Tải xuống .xlsx” để lưu.',
  mergeMissing: (units: string[]) => `Chưa nộp: ${units.join(', ')}`,
  mergeErrors: (errors: number, files: number) =>
    `${errors} lỗi khi kiểm tra trong ${files} tệp: xem danh sách ở trang Nhật ký tổng hợp; các ô có lỗi được tô đỏ ở trang Chi tiết theo đơn vị.`,
  mergePrevious: 'Tệp tổng hợp kỳ trước (không bắt buộc)',
  mergePreviousChoose: 'Chọn tệp kỳ trước',
  mergePreviousHint: 'Để so sánh từng chỉ tiêu với kỳ trước (trang "So với kỳ trước")',
  mergeSuccession: 'Danh sách sắp xếp đơn vị (không bắt buộc)',
  mergeSuccessionHint: 'Mỗi dòng: đơn vị mới, đơn vị cũ, ngày — ví dụ: UBND xã X, UBND xã A; UBND xã B, 01/7/2025',
  mergeLate: (units: string[]) =>
    `Nộp muộn so với hạn của kỳ (số ngày; theo ngày ghi trên báo cáo hoặc ngày được nhập): ${listedNames(units, 'vi')}. Xem trang Nhật ký tổng hợp.`,
  mergeOutliers: (values: number, units: string[]) =>
    `${values} giá trị khác thường so với các đơn vị khác (cảnh báo, nên hỏi lại): ${listedNames(units, 'vi')}. Ô tô vàng ở trang Chi tiết theo đơn vị; cách tính ở trang Nhật ký tổng hợp.`,
  convert: 'Chuyển sang mẫu chuẩn',
  converted: (sheet: string, notWritten: number) =>
    `Đã tạo trang "${sheet}" theo mẫu chuẩn; trang gốc giữ nguyên.${notWritten ? ` ${notWritten} giá trị không ghi được:` : ''}`,
  exportCsv: 'Xuất số liệu dạng dài (.csv)',
  exportEmpty: 'Sổ làm việc không có trang mẫu nào để xuất.',
  mergeConfirmTitle: 'Bảng tự lập được nhận dạng: kiểm tra đơn vị trước khi tổng hợp',
  mergeConfirmUnit: (file: string) => `Đơn vị của tệp "${file}"`,
  mergeConfirmRun: 'Xác nhận và tổng hợp',
  mergeConfirmUnitMissing: (file: string) => `Hãy nhập đơn vị của tệp "${file}": bảng không ghi tên đơn vị.`,
  mergeConfirmPeriod: (file: string) => `Kỳ báo cáo của tệp "${file}"`,
  mergeConfirmPeriodHint: 'Bảng không ghi kỳ báo cáo. Ví dụ 2024-Q3, 2024-H1, 2024; để trống: theo kỳ tổng hợp.',
  mergeConfirmPeriodInvalid: (file: string, text: string) =>
    `Kỳ báo cáo "${text}" của tệp "${file}" không hợp lệ: ghi dạng 2024-Q3 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm).`,
};

export type Texts = typeof vi;

const en: Texts = {
  lang: 'en',
  appTitle: 'CCHC report',
  tabInsert: 'Insert',
  template: 'Appendix template',
  unit: 'Reporting unit',
  unitPlaceholder: 'e.g. UBND xã Bắc Sơn',
  periodKind: 'Period',
  year: 'Year',
  quarter: (q: number) => `Quarter ${q}`,
  half: 'First half',
  wholeYear: 'Whole year',
  reportNumber: 'Report number',
  reportNumberPlaceholder: 'e.g. 68/BC-UBND',
  reportDate: 'Report date',
  reportDatePlaceholder: 'e.g. 15/9/2024',
  addons: 'Add convenience columns (units of measure…), not part of the official form',
  insert: 'Insert template',
  inserting: 'Inserting…',
  inserted: (sheet: string) => `Inserted sheet "${sheet}".`,
  rows: (n: number) => counted(n, 'indicator row'),
  noWorkbook: 'No workbook yet: the template goes into a new one.',
  openFile: 'Open .xlsx file',
  openSample: 'Open the sample (Bắc Sơn commune, Q3 2024)',
  download: 'Download .xlsx',
  currentFile: (name: string) => `Workbook: ${name}`,
  newWorkbookName: 'bao-cao-cchc.xlsx',
  replaceWorkbook: (name: string) =>
    `Opening another file closes "${name}" in this page; changes not downloaded will be lost. Open it anyway?`,
  standalone: 'Running as a standalone web page: open a file or insert a template, then download.',
  inExcel: 'Running in Excel.',
  error: (e: unknown) => `Error: ${describe(e, 'en')}`,
  unsupported:
    'This Excel version lacks ExcelApi 1.7 (Office 2019 or later has it). Update Office, or use the standalone page in a browser.',
  officeJsMissing:
    'The pane is open in Excel but could not load Office.js from Microsoft’s servers, so it cannot work on the open workbook. Ask the network administrator to allow https://appsforoffice.microsoft.com (port 443), then close and reopen the pane.',
  shortfalls: (items: Shortfall[]) => `This Excel lacks: ${items.map((i) => SHORTFALL.en[i]).join('; ')}. Everything else works in full.`,
  notice: (n: OfficeNotice) => noticeText(n, 'en'),
  help: 'Help',
  selfTest: 'Self-test',
  selfTestRunning: 'Testing…',
  selfTestHint:
    'Runs the main features on a few scratch sheets (removed afterwards) and shows what this Excel can do. Send the result to your IT staff if a step fails.',
  selfTestHost: 'Running in',
  selfTestFailed: 'FAILED',
  selfTestCopy: 'Copy the result',
  selfTestCopied: 'Copied',
  selfTestStep: {
    insert: 'Insert template',
    fill: 'Enter figures',
    check: 'Check',
    'clear-marks': 'Clear marks',
    compute: 'Compute',
    merge: 'Consolidate',
    remove: 'Remove scratch sheets',
  },
  starting: 'Starting…',
  preview: 'Preview of the inserted sheet',
  language: 'Tiếng Việt',
  unitRequired: 'Please enter the reporting unit.',
  yearInvalid: 'Invalid year.',
  tabCheck: 'Check',
  check: 'Check',
  activeOnly: 'Active sheet only',
  clearMarks: 'Clear marks',
  cleared: (n: number) => `Marks cleared, ${counted(n, 'cell')} restored.`,
  downloadReport: 'Download check report (.csv)',
  summary: (e: number, w: number, sheets: number) =>
    `${counted(e, 'error')}, ${counted(w, 'warning')} in ${counted(sheets, 'template sheet')}`,
  counts: (e: number, w: number) => `${counted(e, 'error')}, ${counted(w, 'warning')}`,
  noFindings: 'No errors or warnings.',
  noTemplateSheet: 'The workbook has no sheet made from a CCHC template: insert a template or open a report file.',
  activeNotTemplate: (s: string) => `Sheet "${s}" is not a CCHC template sheet (no template information in hidden column A).`,
  skippedSheets: (names: string[]) => `Skipped sheets that are not templates: ${names.join(', ')}`,
  tabCompute: 'Compute',
  previewCompute: 'Preview the cells to compute',
  applyCompute: (n: number) => `Write ${counted(n, 'cell')}`,
  undoCompute: 'Undo',
  computed: (n: number) => `Recomputed ${counted(n, 'cell')}.`,
  undone: 'The cells are back as they were before computing.',
  nothingToCompute: 'No cell needs computing.',
  tabTargets: 'Targets',
  targetsIntro:
    'Holds the figures of the template sheets against the reform targets: ratios recomputed from their parts; goals with no figure are for the official.',
  checkTargets: 'Hold against the targets',
  noTargets: 'No target applies to this report.',
  version: (v: string) => `CCHC Report, version ${v}`,
  newerVersion: (v: string, inExcel: boolean) =>
    `Version ${v} is on the server. ${inExcel ? 'Close and reopen the CCHC Report pane (or restart Excel) to use it.' : 'Download the workbook you are editing, then reload the page (F5) to use it.'}`,
  assessTitle: 'Self-assessment (Đạt/Không đạt)',
  applyProposals: (n: number) => `Write ${counted(n, 'proposal')} into empty cells`,
  proposalsWritten: (n: number) =>
    `Wrote ${counted(n, 'proposal')} (in blue). Cells where the official wrote otherwise are in amber, kept.`,
  assessState: { proposed: 'Proposed', agrees: 'Agrees', override: 'Official differs', open: 'For the official' },
  tabMerge: 'Consolidate',
  mergeChoose: "Choose the units' files",
  mergeDrop: 'or drop the .xlsx files here',
  mergeChosen: (n: number) => `${counted(n, 'file')} chosen`,
  mergeRemove: (name: string) => `Remove ${name}`,
  mergeClear: 'Remove all',
  mergeUnit: 'Consolidating unit',
  mergeUnitPlaceholder: 'e.g. Sở Nội vụ tỉnh Hưng Yên',
  mergeExpected: 'Units expected to report (optional)',
  mergeExpectedHint: 'One unit per line, e.g. UBND xã Bắc Sơn; a group after ";" (former district, cluster) adds a subtotal per group',
  mergeExpectedSheet: 'or take the list from a sheet (one column of unit names)',
  mergeExpectedSheetPick: 'Choose a sheet…',
  mergeExpectedSheetEmpty: (sheet: string) => `The sheet "${sheet}" has no column of unit names.`,
  mergeExcludeErrors: 'Leave out files with check errors',
  mergeRun: 'Consolidate',
  mergeUnitRequired: 'Please enter the consolidating unit.',
  mergeNoFiles: 'Please choose the files to consolidate.',
  objectsLost:
    'This file holds charts, pictures or PivotTables: the page keeps its figures but not those objects when you download (the Biểu đồ charts are drawn again by a merge). To keep them, use the add-in in Excel.',
  mergeCancel: 'Cancel',
  mergeCancelled: 'Cancelled: nothing was consolidated, the workbook is unchanged.',
  mergeStage: (stage: string, read: number, total: number) =>
    stage === 'read'
      ? `${read}/${total} files read and checked`
      : stage === 'merge'
        ? 'Consolidating…'
        : stage === 'write'
          ? 'Writing the result…'
          : 'Done',
  mergeDone: (merged: number, total: number, sheets: string[]) =>
    `Consolidated ${merged}/${total} files into the sheets: ${sheets.join(', ')}.`,
  mergeDownload: 'The result is in the workbook in this page only: click “Download .xlsx” to keep it.',
  mergeMissing: (units: string[]) => `Not received: ${units.join(', ')}`,
  mergeErrors: (errors: number, files: number) =>
    `${counted(errors, 'check error')} in ${counted(files, 'file')}: listed on the Nhật ký tổng hợp sheet; the cells in error are red on the Chi tiết theo đơn vị sheet.`,
  mergePrevious: "The previous period's consolidation (optional)",
  mergePreviousChoose: "Choose the previous period's file",
  mergePreviousHint: 'To compare each indicator with the previous period (sheet "So với kỳ trước")',
  mergeSuccession: 'Unit-succession list (optional)',
  mergeSuccessionHint: 'One line each: new unit, earlier unit, date — e.g. UBND xã X, UBND xã A; UBND xã B, 01/7/2025',
  mergeLate: (units: string[]) =>
    `Late against the period's deadline (days; by the date on the report or the day given): ${listedNames(units, 'en')}. See the Nhật ký tổng hợp sheet.`,
  mergeOutliers: (values: number, units: string[]) =>
    `${counted(values, 'value')} far from the other units' (warnings, worth a call): ${listedNames(units, 'en')}. Amber on the Chi tiết theo đơn vị sheet; the method on the Nhật ký tổng hợp sheet.`,
  convert: 'Convert to the standard template',
  converted: (sheet: string, notWritten: number) =>
    `Added the sheet "${sheet}" in the standard template; the original is kept.${notWritten ? ` ${notWritten} values could not be written:` : ''}`,
  exportCsv: 'Export the figures in long format (.csv)',
  exportEmpty: 'The workbook has no template sheet to export.',
  mergeConfirmTitle: 'Hand-made tables recognised: check their units before consolidating',
  mergeConfirmUnit: (file: string) => `Unit of "${file}"`,
  mergeConfirmRun: 'Confirm and consolidate',
  mergeConfirmUnitMissing: (file: string) => `Please enter the unit of "${file}": its table names none.`,
  mergeConfirmPeriod: (file: string) => `Period of "${file}"`,
  mergeConfirmPeriodHint: 'The table names no period. For example 2024-Q3, 2024-H1, 2024; left blank: the merge’s period.',
  mergeConfirmPeriodInvalid: (file: string, text: string) =>
    `The period "${text}" of "${file}" is not valid: write 2024-Q3 (quarter), 2024-H1 (first half) or 2024 (year).`,
};

export const TEXTS: Record<Lang, Texts> = { vi, en };
