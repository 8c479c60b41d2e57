import { damageText, limitText, type Damage, type Limit } from './damage';
import { listedNames, type Lang } from './lang';

/**
 * What can be wrong with the user's input (files, arguments, sheets), each with the facts that
 * name it; the texts below turn a problem into a sentence in either language.
 */
export type Problem =
  | { code: 'file-unreadable'; file: string }
  | { code: 'file-xlsm'; file: string }
  | { code: 'file-xls'; file: string }
  | { code: 'file-not-xlsx'; file: string }
  | { code: 'file-ods'; file: string }
  | { code: 'file-needs-converter'; file: string; format: 'xls' | 'ods' }
  | { code: 'file-not-converted'; file: string; format: 'xls' | 'ods' }
  | { code: 'file-corrupt'; file: string; damage?: Damage }
  | { code: 'file-limit'; file: string; limit: Limit; max: number; part?: string }
  | { code: 'file-not-written'; file: string; reason: WriteReason }
  | { code: 'download-failed'; file: string; status: number }
  | { code: 'values-unreadable'; file: string }
  | { code: 'values-empty'; file: string }
  | { code: 'values-many-units'; file: string; units: string[]; unit: string }
  /** The output is the same file as an input (`source`, as given), however each was named. */
  | { code: 'out-is-source'; file: string; source: string }
  | { code: 'out-extension'; file: string; extension: 'xlsx' | 'csv' }
  | { code: 'input-too-large'; file: string; max: number }
  | { code: 'text-encoding'; file: string; encoding: 'utf-16' | 'not-utf8' }
  | { code: 'unit-of-unknown-file'; file: string }
  /** Cells the reader could not take ("Biểu 1!A0"), in a file a command would write into: refused rather than lost. */
  | { code: 'cells-unreadable'; file: string; cells: string[] }
  | { code: 'converter-missing'; file: string; program: string }
  | { code: 'converter-stopped'; seconds: number; files: string[] }
  | { code: 'folder-empty'; folder: string }
  | { code: 'units-unreadable'; file: string }
  | { code: 'sheet-missing'; sheet: string; file?: string }
  | { code: 'sheet-template-unknown'; file: string; sheet: string; template: string }
  | { code: 'sheet-row-missing'; sheet: string; row: string }
  | { code: 'sheet-password'; sheet: string }
  | { code: 'sheet-not-recognised'; sheet: string }
  | { code: 'no-template-sheet'; file: string; sheet?: string; looked?: number }
  | { code: 'template-unknown'; template: string; known: string[] }
  | { code: 'template-invalid'; template: string; detail: string }
  | { code: 'targets-invalid'; source: string; detail: string }
  | { code: 'targets-unreadable'; file: string }
  | { code: 'deadlines-invalid'; file: string; detail: string }
  | { code: 'deadlines-unreadable'; file: string }
  | { code: 'previous-not-consolidation'; file: string }
  | { code: 'previous-other-template'; file: string; template: string; expected: string }
  | { code: 'succession-unreadable'; file: string }
  | { code: 'period-invalid'; text: string }
  | { code: 'merge-no-files' }
  | { code: 'merge-nothing-readable' }
  | { code: 'usage'; usage: string }
  | { code: 'command-unknown'; command: string; usage: string }
  /** An option the command does not have, one given without its value, or an argument too many. */
  | { code: 'option-unknown'; option: string; usage: string }
  | { code: 'option-value-missing'; option: string; usage: string }
  | { code: 'option-takes-no-value'; option: string; usage: string }
  | { code: 'argument-unexpected'; argument: string; usage: string };

/** Why a file could not be written. */
export type WriteReason = 'no-folder' | 'no-permission' | 'is-folder' | 'no-space' | 'busy' | 'other';

const WRITE_VI: Record<WriteReason, string> = {
  'no-folder': 'thư mục không tồn tại',
  'no-permission': 'không có quyền ghi vào đó',
  'is-folder': 'đó là một thư mục',
  'no-space': 'ổ đĩa đã đầy',
  busy: 'tệp đang được mở ở chương trình khác (hãy đóng Excel)',
  other: 'hệ thống từ chối ghi',
};
const WRITE_EN: Record<WriteReason, string> = {
  'no-folder': 'the folder does not exist',
  'no-permission': 'there is no permission to write there',
  'is-folder': 'that is a folder',
  'no-space': 'the disk is full',
  busy: 'the file is open in another program (close Excel)',
  other: 'the system refused to write it',
};

type Texts = { [C in Problem['code']]: (p: Extract<Problem, { code: C }>) => string };

const looked = (p: { sheet?: string; looked?: number }, lang: Lang) =>
  p.sheet
    ? lang === 'vi'
      ? ` (trang "${p.sheet}")`
      : ` (sheet "${p.sheet}")`
    : p.looked !== undefined
      ? lang === 'vi'
        ? ` (đã xem ${p.looked} trang)`
        : ` (${p.looked} sheets looked at)`
      : '';

const OUT_VI = { xlsx: 'một bảng tính Excel', csv: 'một tệp CSV' };
const OUT_EN = { xlsx: 'an Excel workbook', csv: 'a CSV file' };
const CELLS = { vi: 'ô', en: 'cells' };
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

const FORMAT_VI = { xls: 'tệp Excel 97–2003 (.xls)', ods: 'bảng tính OpenDocument (.ods)' };
const FORMAT_EN = { xls: 'an Excel 97–2003 workbook (.xls)', ods: 'an OpenDocument spreadsheet (.ods)' };

const VI: Texts = {
  'file-unreadable': (p) => `Không mở được tệp "${p.file}": tệp không tồn tại hoặc không đọc được.`,
  'file-xlsm': (p) => `Tệp "${p.file}" là tệp có macro (.xlsm), không được nhận: hãy lưu lại dưới dạng .xlsx.`,
  'file-xls': (p) =>
    `Tệp "${p.file}" là tệp Excel cũ (.xls) hoặc có đặt mật khẩu: hãy mở bằng Excel và lưu lại dưới dạng .xlsx không mật khẩu.`,
  'file-not-xlsx': (p) => `Tệp "${p.file}" không phải là tệp Excel .xlsx.`,
  'values-many-units': (p) =>
    `Tệp "${p.file}" có số liệu của ${p.units.length} đơn vị (${p.units.slice(0, 5).join(', ')}${p.units.length > 5 ? ', …' : ''}) nhưng không có của ${p.unit || 'đơn vị ghi trên trang mẫu (trang không ghi đơn vị)'}: hãy tạo mẫu cho đúng đơn vị (--unit) hoặc dùng tệp của một đơn vị.`,
  'file-ods': (p) =>
    `Tệp "${p.file}" là bảng tính OpenDocument (.ods): hãy mở bằng LibreOffice hoặc Excel và lưu lại dưới dạng .xlsx (lệnh cchc tự chuyển khi máy có LibreOffice).`,
  'file-needs-converter': (p) =>
    `Tệp "${p.file}" là ${FORMAT_VI[p.format]}: cần LibreOffice để đọc nhưng máy này chưa cài. Hãy cài LibreOffice, hoặc mở tệp bằng Excel hay LibreOffice và lưu lại dưới dạng .xlsx.`,
  'file-not-converted': (p) =>
    `Tệp "${p.file}" là ${FORMAT_VI[p.format]} nhưng LibreOffice không chuyển được (tệp hỏng hoặc có mật khẩu): hãy mở tệp và lưu lại dưới dạng .xlsx không mật khẩu.`,
  'file-corrupt': (p) => `Tệp "${p.file}" bị hỏng hoặc không đúng định dạng .xlsx${p.damage ? ` (${damageText(p.damage, 'vi')})` : ''}.`,
  'file-limit': (p) => `Tệp "${p.file}" không được đọc: ${limitText(p.limit, p.max, 'vi', p.part)}.`,
  'file-not-written': (p) => `Không ghi được tệp "${p.file}": ${WRITE_VI[p.reason]}. Không tệp nào bị thay đổi.`,
  'download-failed': (p) => `${p.file}: không tải được (${p.status})`,
  'values-unreadable': (p) => `Không đọc được tệp số liệu "${p.file}".`,
  'values-empty': (p) => `Tệp số liệu "${p.file}" không có dòng "mã,giá trị" nào: không có gì để ghi.`,
  'out-is-source': (p) =>
    `Tệp kết quả "${p.file}" chính là tệp đầu vào "${p.source}" (cùng một tệp trên đĩa): hãy ghi ra tệp khác, tệp đầu vào không bao giờ bị ghi đè.`,
  'out-extension': (p) => `Tệp kết quả "${p.file}" phải có đuôi .${p.extension}: lệnh này ghi ${OUT_VI[p.extension]}.`,
  'input-too-large': (p) => `Tệp "${p.file}" không được đọc: lớn hơn ${mib(p.max)}.`,
  'text-encoding': (p) =>
    p.encoding === 'utf-16'
      ? `Tệp "${p.file}" ở bảng mã UTF-16: hãy lưu lại dạng UTF-8 (Excel: Lưu thành → CSV UTF-8).`
      : `Tệp "${p.file}" không ở bảng mã UTF-8 (có thể là TCVN3 hay Windows-1258): hãy lưu lại dạng UTF-8 (Excel: Lưu thành → CSV UTF-8).`,
  'cells-unreadable': (p) =>
    `Tệp "${p.file}" có ${p.cells.length} ô không đọc được (${listedNames(p.cells, 'vi', CELLS)}): hãy mở tệp bằng Excel, kiểm tra các ô đó và lưu lại; tệp chưa bị thay đổi.`,
  'unit-of-unknown-file': (p) => `--unit-of "${p.file}=…": không có tệp "${p.file}" trong các tệp đưa vào tổng hợp.`,
  'converter-missing': (p) =>
    `Tệp "${p.file}" cần LibreOffice để đọc, nhưng biến CCHC_SOFFICE chỉ tới "${p.program}", nơi không có LibreOffice: hãy sửa hoặc bỏ biến này.`,
  'converter-stopped': (p) =>
    `LibreOffice không trả lời sau ${p.seconds} giây và đã bị dừng; chưa đọc được ${p.files.length} tệp: ${p.files.join(', ')}. Hãy mở các tệp này và lưu lại dưới dạng .xlsx.`,
  'folder-empty': (p) => `Thư mục "${p.folder}" không có tệp nào để đọc.`,
  'units-unreadable': (p) => `Không đọc được danh sách đơn vị "${p.file}".`,
  'sheet-missing': (p) => (p.file ? `Tệp "${p.file}" không có trang tính "${p.sheet}".` : `Không có trang tính "${p.sheet}".`),
  'sheet-template-unknown': (p) => `Trang "${p.sheet}" của tệp "${p.file}" dùng mẫu "${p.template}" không có trong danh mục.`,
  'sheet-row-missing': (p) => `Trang "${p.sheet}" thiếu dòng chỉ tiêu ${p.row}`,
  'sheet-password': (p) =>
    `Trang "${p.sheet}" được bảo vệ bằng mật khẩu: hãy bỏ bảo vệ trang (Xem lại → Bỏ bảo vệ trang tính) rồi làm lại; trang chưa bị thay đổi.`,
  'sheet-not-recognised': (p) =>
    `Trang "${p.sheet}" không nhận dạng được là phụ lục của mẫu nào: cần có hàng tiêu đề (STT, Chỉ tiêu, Số liệu…) và ít nhất 3 dòng chỉ tiêu của mẫu.`,
  'no-template-sheet': (p) => `Tệp "${p.file}" không có trang tính nào được tạo từ mẫu CCHC${looked(p, 'vi')}.`,
  'template-unknown': (p) => `Không có mẫu "${p.template}". Các mẫu: ${p.known.join(', ')}`,
  'template-invalid': (p) => `Mẫu "${p.template}" không hợp lệ: ${p.detail}`,
  'targets-invalid': (p) => `Danh sách mục tiêu "${p.source}" không hợp lệ: ${p.detail}`,
  'targets-unreadable': (p) => `Không đọc được tệp mục tiêu "${p.file}": cần một tệp JSON theo mẫu trong README.`,
  'deadlines-invalid': (p) => `Tệp hạn nộp "${p.file}" không hợp lệ: ${p.detail}`,
  'deadlines-unreadable': (p) => `Không đọc được tệp hạn nộp "${p.file}": cần một tệp JSON theo mẫu trong README.`,
  'previous-not-consolidation': (p) =>
    `Tệp kỳ trước "${p.file}" không phải là tệp tổng hợp của phần mềm (cần trang mẫu tổng hợp và trang "Chi tiết theo đơn vị").`,
  'previous-other-template': (p) => `Tệp kỳ trước "${p.file}" tổng hợp mẫu ${p.template}, không phải mẫu ${p.expected} của kỳ này.`,
  'succession-unreadable': (p) => `Không đọc được danh sách sắp xếp đơn vị "${p.file}".`,
  'period-invalid': (p) => `Kỳ báo cáo "${p.text}" không hợp lệ: dùng dạng 2024-Q3 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm).`,
  'merge-no-files': () => 'Không có tệp nào để tổng hợp.',
  'merge-nothing-readable': () => 'Không có tệp báo cáo nào đọc được theo mẫu CCHC để tổng hợp',
  usage: (p) => `Cần: ${p.usage}`,
  'command-unknown': (p) => `Lệnh "${p.command}" không có.\n\n${p.usage}`,
  'option-unknown': (p) => `Lệnh không có tùy chọn "${p.option}".\n\n${p.usage}`,
  'option-value-missing': (p) => `Tùy chọn "${p.option}" cần một giá trị đi sau.\n\n${p.usage}`,
  'option-takes-no-value': (p) => `Tùy chọn "${p.option}" không nhận giá trị (chỉ ghi "${p.option}").\n\n${p.usage}`,
  'argument-unexpected': (p) => `Thừa "${p.argument}": lệnh không nhận thêm tệp hay giá trị này.\n\n${p.usage}`,
};

const EN: Texts = {
  'file-unreadable': (p) => `Cannot open "${p.file}": the file does not exist or cannot be read.`,
  'file-xlsm': (p) => `"${p.file}" is a macro workbook (.xlsm), which is not accepted: save it as .xlsx.`,
  'file-xls': (p) =>
    `"${p.file}" is an old Excel file (.xls) or is password-protected: open it in Excel and save it as .xlsx without a password.`,
  'file-not-xlsx': (p) => `"${p.file}" is not an Excel .xlsx file.`,
  'values-many-units': (p) =>
    `"${p.file}" holds figures of ${p.units.length} units (${p.units.slice(0, 5).join(', ')}${p.units.length > 5 ? ', …' : ''}) but none of ${p.unit || 'the unit of the template sheet (the sheet names none)'}: write the template for the right unit (--unit) or use a file of one unit.`,
  'file-ods': (p) =>
    `"${p.file}" is an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as .xlsx (the cchc command converts it itself where LibreOffice is installed).`,
  'file-needs-converter': (p) =>
    `"${p.file}" is ${FORMAT_EN[p.format]}: reading it needs LibreOffice, which is not installed here. Install LibreOffice, or open the file in Excel or LibreOffice and save it as .xlsx.`,
  'file-not-converted': (p) =>
    `"${p.file}" is ${FORMAT_EN[p.format]} but LibreOffice could not convert it (damaged or password-protected): open it and save it as .xlsx without a password.`,
  'file-corrupt': (p) => `"${p.file}" is damaged or not a valid .xlsx file${p.damage ? ` (${damageText(p.damage, 'en')})` : ''}.`,
  'file-limit': (p) => `"${p.file}" is not read: ${limitText(p.limit, p.max, 'en', p.part)}.`,
  'file-not-written': (p) => `Cannot write "${p.file}": ${WRITE_EN[p.reason]}. No file was changed.`,
  'download-failed': (p) => `${p.file}: download failed (${p.status})`,
  'values-unreadable': (p) => `Cannot read the values file "${p.file}".`,
  'values-empty': (p) => `The values file "${p.file}" has no "code,value" line: there is nothing to write.`,
  'out-is-source': (p) =>
    `The output file "${p.file}" is the input "${p.source}" (the same file on disk): write to another file; inputs are never overwritten.`,
  'out-extension': (p) => `The output file "${p.file}" must end in .${p.extension}: this command writes ${OUT_EN[p.extension]}.`,
  'input-too-large': (p) => `"${p.file}" is not read: it is larger than ${mib(p.max)}.`,
  'text-encoding': (p) =>
    p.encoding === 'utf-16'
      ? `"${p.file}" is in the UTF-16 encoding: save it again as UTF-8 (Excel: Save As → CSV UTF-8).`
      : `"${p.file}" is not in UTF-8 (perhaps TCVN3 or Windows-1258): save it again as UTF-8 (Excel: Save As → CSV UTF-8).`,
  'cells-unreadable': (p) =>
    `"${p.file}" has ${p.cells.length} cells that cannot be read (${listedNames(p.cells, 'en', CELLS)}): open it in Excel, check those cells and save it again; the file was not changed.`,
  'unit-of-unknown-file': (p) => `--unit-of "${p.file}=…": there is no file "${p.file}" among those to consolidate.`,
  'converter-missing': (p) =>
    `"${p.file}" needs LibreOffice to be read, but CCHC_SOFFICE names "${p.program}", where there is no LibreOffice: correct it or remove it.`,
  'converter-stopped': (p) =>
    `LibreOffice did not answer within ${p.seconds} seconds and was stopped; ${p.files.length} files are not read: ${p.files.join(', ')}. Open them and save them as .xlsx.`,
  'folder-empty': (p) => `The folder "${p.folder}" holds no file to read.`,
  'units-unreadable': (p) => `Cannot read the list of units "${p.file}".`,
  'sheet-missing': (p) => (p.file ? `"${p.file}" has no sheet "${p.sheet}".` : `There is no sheet "${p.sheet}".`),
  'sheet-template-unknown': (p) => `Sheet "${p.sheet}" of "${p.file}" uses template "${p.template}", which is not in the catalogue.`,
  'sheet-row-missing': (p) => `Sheet "${p.sheet}" lacks the indicator row ${p.row}`,
  'sheet-password': (p) =>
    `Sheet "${p.sheet}" is protected with a password: unprotect it (Review → Unprotect Sheet) and try again; the sheet was not changed.`,
  'sheet-not-recognised': (p) =>
    `The sheet "${p.sheet}" is not recognised as an appendix of any template: it needs a header row (STT, Chỉ tiêu, Số liệu…) and at least 3 indicator rows of the template.`,
  'no-template-sheet': (p) => `"${p.file}" has no sheet made from a CCHC template${looked(p, 'en')}.`,
  'template-unknown': (p) => `There is no template "${p.template}". Templates: ${p.known.join(', ')}`,
  'template-invalid': (p) => `Template "${p.template}" is not valid: ${p.detail}`,
  'targets-invalid': (p) => `The target list "${p.source}" is not valid: ${p.detail}`,
  'targets-unreadable': (p) => `Cannot read the target file "${p.file}": a JSON file as described in the README is needed.`,
  'deadlines-invalid': (p) => `The deadlines file "${p.file}" is not valid: ${p.detail}`,
  'deadlines-unreadable': (p) => `Cannot read the deadlines file "${p.file}": a JSON file as described in the README is needed.`,
  'previous-not-consolidation': (p) =>
    `The previous period's file "${p.file}" is not a consolidation written by the add-in (it needs the consolidated template sheet and "Chi tiết theo đơn vị").`,
  'previous-other-template': (p) =>
    `The previous period's file "${p.file}" consolidates template ${p.template}, not this period's ${p.expected}.`,
  'succession-unreadable': (p) => `Cannot read the unit-succession list "${p.file}".`,
  'period-invalid': (p) => `Reporting period "${p.text}" is not valid: use 2024-Q3 (quarter), 2024-H1 (half-year) or 2024 (year).`,
  'merge-no-files': () => 'There are no files to consolidate.',
  'merge-nothing-readable': () => 'No file could be read as a CCHC template report to consolidate',
  usage: (p) => `Usage: ${p.usage}`,
  'command-unknown': (p) => `There is no command "${p.command}".\n\n${p.usage}`,
  'option-unknown': (p) => `The command has no option "${p.option}".\n\n${p.usage}`,
  'option-value-missing': (p) => `The option "${p.option}" needs a value after it.\n\n${p.usage}`,
  'option-takes-no-value': (p) => `The option "${p.option}" takes no value (write just "${p.option}").\n\n${p.usage}`,
  'argument-unexpected': (p) => `Unexpected "${p.argument}": the command takes no more files or values.\n\n${p.usage}`,
};

const TEXTS: Record<Lang, Texts> = { vi: VI, en: EN };

/** The sentence for a problem in a language. */
export function problemText(p: Problem, lang: Lang = 'vi'): string {
  return (TEXTS[lang][p.code] as (p: Problem) => string)(p);
}

/** A failure that is a bug of the add-in, not of the user's input: said so, with the technical detail. */
export function internalErrorText(detail: string, lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? `Lỗi nội bộ của phần mềm (không phải do dữ liệu của bạn): ${detail}. Xin báo cho người phát triển.`
    : `Internal error of the add-in (not caused by your data): ${detail}. Please report it.`;
}
