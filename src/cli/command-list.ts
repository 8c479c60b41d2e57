import type { Level } from '../domain/catalogue/schema';
import { InputError } from '../domain/problems/errors';
import type { Lang } from '../domain/messages/lang';
import { text, texts, type Command } from './command';
import { listUnits } from './units';
import {
  computeFile,
  exportFiles,
  fillTemplate,
  listTemplates,
  mergeFiles,
  recogniseFiles,
  targetsFile,
  validateFiles,
  writeTemplate,
} from './commands';

// Each command's lines of the usage, in each language: the synopsis, then what it does.

const TEMPLATES_USAGE = {
  vi: `  cchc templates [--json]
      Liệt kê các mẫu phụ lục.`,
  en: `  cchc templates [--json]
      Lists the appendix templates.`,
};

const TEMPLATE_USAGE = {
  vi: `  cchc template <id> --out FILE.xlsx [--unit "UBND xã …"] [--period 2024-Q3|2024-H1|2024]
                [--report-number "68/BC-UBND"] [--report-date "15/9/2024"] [--addons]
      Tạo tệp chứa mẫu. --addons: thêm các cột tiện ích không thuộc mẫu chính thức (đơn vị tính…),
      tiêu đề in nghiêng trên nền xám.`,
  en: `  cchc template <id> --out FILE.xlsx [--unit "UBND xã …"] [--period 2024-Q3|2024-H1|2024]
                [--report-number "68/BC-UBND"] [--report-date "15/9/2024"] [--addons]
      Writes a file holding the template. --addons: also the convenience columns the official form does
      not have (units of measure…), headed in grey italics.`,
};

const FILL_USAGE = {
  vi: `  cchc fill FILE.xlsx --values VALUES.csv --out OUT.xlsx [--sheet NAME] [--json]
      Ghi số liệu từ tệp CSV "mã,giá trị" (ví dụ I.2.1,7) hoặc tệp của cchc export vào trang mẫu; tệp gốc không bị sửa.`,
  en: `  cchc fill FILE.xlsx --values VALUES.csv --out OUT.xlsx [--sheet NAME] [--json]
      Writes figures from a "code,value" CSV file (e.g. I.2.1,7) or a cchc export into the template sheet; the source is not changed.`,
};

const VALIDATE_USAGE = {
  vi: `  cchc validate FILE.xlsx|THƯ_MỤC… [--json]
      Kiểm tra số liệu các trang mẫu. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.`,
  en: `  cchc validate FILE.xlsx|FOLDER… [--json]
      Checks the figures of the template sheets. Exit code: 0 no errors, 1 errors, 2 a file cannot be read.`,
};

const RECOGNISE_USAGE = {
  vi: `  cchc recognise FILE.xlsx|.xls|.ods|THƯ_MỤC… [--json]
      Nhận dạng bảng phụ lục tự lập (không do phần mềm tạo): dòng nào là chỉ tiêu nào, cột nào là số liệu,
      dòng nào không nhận ra. Kiểm tra và tổng hợp dùng cùng cách nhận dạng này.`,
  en: `  cchc recognise FILE.xlsx|.xls|.ods|FOLDER… [--json]
      Recognises appendix tables typed by hand (not written by the add-in): which row is which indicator,
      which columns hold the figures, which rows could not be tied. Checking and merging read them the same way.`,
};

const EXPORT_USAGE = {
  vi: `  cchc export TỆP|THƯ_MỤC… --csv OUT.csv
      Xuất mọi số liệu của các trang mẫu (kể cả bảng tự lập) dạng dài: mỗi dòng một đơn vị, kỳ, mẫu,
      chỉ tiêu, cột, kèm tệp và ô gốc (UTF-8 có BOM). cchc fill nhận lại chính tệp này.`,
  en: `  cchc export FILE|FOLDER… --csv OUT.csv
      Exports every value of the template sheets (hand-made ones too) in long format: one row per unit, period,
      template, indicator and column, with the source file and cell (UTF-8 with BOM). cchc fill reads it back.`,
};

const COMPUTE_USAGE = {
  vi: `  cchc compute FILE.xlsx --out OUT.xlsx [--values-only] [--json]
      Tính lại các chỉ tiêu tỷ lệ, tổng (khôi phục công thức) và liệt kê các ô thay đổi.`,
  en: `  cchc compute FILE.xlsx --out OUT.xlsx [--values-only] [--json]
      Recomputes ratios and totals (restoring their formulas) and lists the cells changed.`,
};

const MERGE_USAGE = {
  vi: `  cchc merge TỆP|THƯ_MỤC… --out OUT.xlsx [--unit "Sở Nội vụ tỉnh …"] [--period 2024-Q3]
             [--expected DANH_SACH.txt|DANH_SACH.xlsx | --province TỈNH] [--exclude-errors] [--json]
             [--unit-of "TỆP.xlsx=UBND xã …"]… [--previous KỲ_TRƯỚC.xlsx [--succession SAP_XEP.csv|.xlsx]]
             [--deadlines HAN_NOP.json] [--due-before NGÀY] [--window TỪ-ĐẾN] [--submitted "ĐƠN_VỊ=NGÀY"]…
      Tổng hợp báo cáo của các đơn vị: cộng số đếm, tính lại tỷ lệ từ tử số và mẫu số đã cộng,
      đếm câu trả lời mã, ghi chi tiết theo đơn vị và nhật ký từng tệp. Tệp gốc không bị sửa.
      Nhận cả bảng tự lập (được nhận dạng) và tệp .xls, .ods (chuyển bằng LibreOffice nếu máy có);
      Không có --expected: đơn vị phải nộp là các xã, phường, đặc khu của tỉnh mà --unit nêu ("Sở Nội vụ tỉnh
      Khánh Hòa") hoặc của --province, theo danh mục từ 01/7/2025 (cchc units).
      --unit-of cho biết đơn vị của tệp không ghi tên đơn vị. --previous so sánh với tệp tổng hợp kỳ trước
      (trang "So với kỳ trước"); --succession: danh sách sắp xếp "đơn vị mới,đơn vị cũ,ngày" để cộng
      số liệu các đơn vị cũ hợp thành đơn vị mới. Nộp muộn chỉ được nêu khi có quy định: của tỉnh trong
      --deadlines (tệp JSON), hoặc cho kỳ này --due-before 20/9/2024; --window 15/6/2024-14/9/2024 thay kỳ số
      liệu của Bộ Nội vụ. Ngày nộp lấy theo --submitted "UBND xã …=15/9/2024", nếu không thì ngày ghi trên
      báo cáo; ngày lưu tệp chỉ được ghi lại, không dùng để xét muộn.`,
  en: `  cchc merge FILE|FOLDER… --out OUT.xlsx [--unit "Sở Nội vụ tỉnh …"] [--period 2024-Q3]
             [--expected LIST.txt|LIST.xlsx | --province PROVINCE] [--exclude-errors] [--json]
             [--unit-of "FILE.xlsx=UBND xã …"]… [--previous PREVIOUS.xlsx [--succession LIST.csv|.xlsx]]
             [--deadlines DEADLINES.json] [--due-before DAY] [--window FROM-TO] [--submitted "UNIT=DAY"]…
      Consolidates the units' reports: sums counts, recomputes ratios from the summed numerators and
      denominators, counts coded answers, writes a per-unit breakdown and a log of every file. Sources are not changed.
      Also takes tables typed by hand (recognised) and .xls, .ods files (converted by LibreOffice where installed);
      Without --expected, the units expected are the communes, wards and special zones of the province --unit
      names ("Sở Nội vụ tỉnh Khánh Hòa") or of --province, by the list from 1 July 2025 (cchc units).
      --unit-of names the unit of a file whose sheet names none. --previous compares with the previous
      period's consolidation (sheet "So với kỳ trước"); --succession: "new unit,earlier unit,date" lines,
      so that the earlier units making up a new one are added up. Lateness is stated only under a rule: a
      province's rules in --deadlines (a JSON file), or for this period --due-before 20/9/2024; --window
      15/6/2024-14/9/2024 replaces the Ministry's data window. The day sent is --submitted "UBND xã …=15/9/2024",
      else the date on the report; the day a file was saved is recorded, never used to judge lateness.`,
};

const TARGETS_USAGE = {
  vi: `  cchc targets TỆP.xlsx [--json] [--level tinh|huyen|xa] [--targets MỤC_TIÊU.json]… [--out OUT.xlsx]
      Đối chiếu số liệu với các mục tiêu (Chương trình CCHC 2021–2030, mục tiêu năm 2020, PAR INDEX,
      mục tiêu riêng của đơn vị): giá trị, ngưỡng, đạt hay không. Phụ lục 8 và mục 8 tự đánh giá: đề xuất
      Đạt/Không đạt từ số liệu; --out ghi đề xuất vào ô còn trống, đánh dấu ô cán bộ ghi khác (giữ nguyên).
      --targets thêm mục tiêu riêng của tỉnh (tệp JSON); --level khi tên đơn vị không cho biết cấp.`,
  en: `  cchc targets FILE.xlsx [--json] [--level tinh|huyen|xa] [--targets TARGETS.json]… [--out OUT.xlsx]
      Holds the figures against the targets (the 2021–2030 reform programme, the 2020 targets, PAR INDEX,
      a unit's own targets): value, threshold, met or not. Self-assessments (Phụ lục 8, mục 8): proposes
      Đạt/Không đạt from the figures; --out writes the proposals into empty cells and marks an official's
      other answer (kept). --targets adds a province's own targets (JSON); --level when unit names do not say it.`,
};

const UNITS_USAGE = {
  vi: `  cchc units [TỈNH] [--json]
      Danh mục đơn vị hành chính từ 01/7/2025: không có TỈNH, 34 tỉnh, thành phố và số xã, phường, đặc khu;
      có TỈNH (viết thế nào cũng được: "Khánh Hòa", "tinh khanh hoa"), các đơn vị của tỉnh với mã, tên và các
      đơn vị trước sắp xếp (mã, tên, huyện cũ, cả hay một phần).`,
  en: `  cchc units [PROVINCE] [--json]
      Vietnam's administrative units from 1 July 2025: without PROVINCE, the 34 provinces and cities with their
      counts; with one (any spelling: "Khánh Hòa", "tinh khanh hoa"), its units with code, name and the units
      before the arrangement (code, name, former district, whole or in part).`,
};

const json = { json: { type: 'boolean', default: false } } as const;

/** The commands of `cchc`, in the order the usage lists them. */
export const COMMANDS: readonly Command[] = [
  { name: 'templates', options: json, takes: 'nothing', usage: TEMPLATES_USAGE, run: (v, _, cli) => listTemplates(!!v.json, cli) },
  {
    name: 'units',
    options: json,
    takes: 'one-at-most',
    usage: UNITS_USAGE,
    run: (v, [province], cli) => listUnits(province, !!v.json, cli),
  },
  {
    name: 'template',
    options: {
      out: { type: 'string' },
      unit: { type: 'string' },
      period: { type: 'string' },
      'report-number': { type: 'string' },
      'report-date': { type: 'string' },
      addons: { type: 'boolean', default: false },
    },
    takes: 'one',
    needs: ['out'],
    usage: TEMPLATE_USAGE,
    run: (v, [id], cli) =>
      writeTemplate(
        {
          id,
          out: text(v.out)!,
          unit: text(v.unit),
          period: text(v.period),
          reportNumber: text(v['report-number']),
          reportDate: text(v['report-date']),
          addons: !!v.addons,
        },
        cli,
      ),
  },
  {
    name: 'fill',
    options: { values: { type: 'string' }, out: { type: 'string' }, sheet: { type: 'string' }, ...json },
    takes: 'one',
    needs: ['values', 'out'],
    usage: FILL_USAGE,
    run: (v, [file], cli) => fillTemplate({ file, values: text(v.values)!, out: text(v.out)!, sheet: text(v.sheet), json: !!v.json }, cli),
  },
  { name: 'validate', options: json, takes: 'some', usage: VALIDATE_USAGE, run: (v, files, cli) => validateFiles(files, !!v.json, cli) },
  {
    name: 'recognise',
    aliases: ['recognize'],
    options: json,
    takes: 'some',
    usage: RECOGNISE_USAGE,
    run: (v, files, cli) => recogniseFiles(files, !!v.json, cli),
  },
  {
    name: 'export',
    options: { csv: { type: 'string' } },
    takes: 'some',
    needs: ['csv'],
    usage: EXPORT_USAGE,
    run: (v, files, cli) => exportFiles(files, text(v.csv)!, cli),
  },
  {
    name: 'compute',
    options: { out: { type: 'string' }, 'values-only': { type: 'boolean', default: false }, ...json },
    takes: 'one',
    needs: ['out'],
    usage: COMPUTE_USAGE,
    run: (v, [file], cli) => computeFile({ file, out: text(v.out)!, json: !!v.json, valuesOnly: !!v['values-only'] }, cli),
  },
  {
    name: 'merge',
    options: {
      out: { type: 'string' },
      unit: { type: 'string' },
      period: { type: 'string' },
      expected: { type: 'string' },
      province: { type: 'string' },
      'exclude-errors': { type: 'boolean', default: false },
      ...json,
      'unit-of': { type: 'string', multiple: true },
      previous: { type: 'string' },
      succession: { type: 'string' },
      submitted: { type: 'string', multiple: true },
      'due-before': { type: 'string' },
      window: { type: 'string' },
      deadlines: { type: 'string' },
    },
    takes: 'some',
    needs: ['out'],
    usage: MERGE_USAGE,
    run: (v, inputs, cli) => {
      if (v.succession !== undefined && v.previous === undefined)
        throw new InputError({ code: 'usage', usage: '--succession SAP_XEP.csv --previous KỲ_TRƯỚC.xlsx' });
      return mergeFiles(
        {
          inputs,
          out: text(v.out)!,
          unit: text(v.unit),
          period: text(v.period),
          expected: text(v.expected),
          province: text(v.province),
          excludeErrors: !!v['exclude-errors'],
          json: !!v.json,
          unitOf: texts(v['unit-of']),
          previous: text(v.previous),
          succession: text(v.succession),
          submitted: texts(v.submitted),
          dueBefore: text(v['due-before']),
          window: text(v.window),
          deadlines: text(v.deadlines),
        },
        cli,
      );
    },
  },
  {
    name: 'targets',
    options: { ...json, level: { type: 'string' }, targets: { type: 'string', multiple: true }, out: { type: 'string' } },
    takes: 'one',
    usage: TARGETS_USAGE,
    run: (v, [file], cli) => {
      const level = text(v.level);
      if (level !== undefined && !['tinh', 'huyen', 'xa'].includes(level))
        throw new InputError({ code: 'usage', usage: '--level tinh|huyen|xa' });
      return targetsFile({ file, json: !!v.json, level: level as Level | undefined, targets: texts(v.targets), out: text(v.out) }, cli);
    },
  },
];

/** The command a word names, by its name or another spelling. */
export function commandNamed(word: string | undefined): Command | undefined {
  return COMMANDS.find((c) => c.name === word || c.aliases?.includes(word ?? ''));
}

const HEADER: Record<Lang, string> = {
  vi: 'cchc — công cụ báo cáo cải cách hành chính trên tệp Excel (.xlsx)',
  en: 'cchc — administrative reform reporting on Excel files (.xlsx)',
};

const FOOTER: Record<Lang, string> = {
  vi: `  --lang en: thông báo bằng tiếng Anh (hoặc biến môi trường CCHC_LANG=en). Các trang và tệp
  kết quả vẫn bằng tiếng Việt.
  Mã thoát 2: không dùng được tệp hoặc tham số (thông báo nêu tệp, trang, ô). Mã thoát 3: lỗi nội bộ
  của cchc, không phải do dữ liệu; thêm --debug để xem chi tiết.`,
  en: `  --lang vi: messages in Vietnamese (the default; or CCHC_LANG=vi). Sheets and result files are in Vietnamese.
  Exit code 2: a file or an argument cannot be used (the message names the file, sheet, cell). Exit code 3:
  an internal error of cchc, not caused by the data; add --debug for the details.`,
};

/** The whole usage: every command's lines, in the order of the list. */
export function fullUsage(lang: Lang): string {
  return `${HEADER[lang]}\n\n${COMMANDS.map((c) => c.usage[lang]).join('\n')}\n\n${FOOTER[lang]}\n`;
}
