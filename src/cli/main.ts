import { parseArgs } from 'node:util';
import { computeFile, fillTemplate, listTemplates, mergeFiles, validateFiles, writeTemplate, type Output } from './commands';
import { InputError, isInputError } from '../domain/errors';
import { internalErrorText } from '../domain/messages/problems';

const USAGE = `cchc — công cụ báo cáo cải cách hành chính trên tệp Excel (.xlsx)

  cchc templates [--json]
      Liệt kê các mẫu phụ lục.
  cchc template <id> --out FILE.xlsx [--unit "UBND xã …"] [--period 2024-Q3|2024-H1|2024]
                [--report-number "68/BC-UBND"] [--report-date "15/9/2024"]
      Tạo tệp chứa mẫu.
  cchc fill FILE.xlsx --values VALUES.csv --out OUT.xlsx [--sheet NAME] [--json]
      Ghi số liệu từ tệp CSV "mã,giá trị" (ví dụ I.2.1,7) vào trang mẫu; tệp gốc không bị sửa.
  cchc validate FILE.xlsx|THƯ_MỤC… [--json]
      Kiểm tra số liệu các trang mẫu. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.
  cchc compute FILE.xlsx --out OUT.xlsx [--values-only] [--json]
      Tính lại các chỉ tiêu tỷ lệ, tổng (khôi phục công thức) và liệt kê các ô thay đổi.
  cchc merge TỆP|THƯ_MỤC… --out OUT.xlsx [--unit "UBND huyện …"] [--period 2024-Q3]
             [--expected DANH_SACH.txt|DANH_SACH.xlsx] [--exclude-errors] [--json]
      Tổng hợp báo cáo của các đơn vị: cộng số đếm, tính lại tỷ lệ từ tử số và mẫu số đã cộng,
      đếm câu trả lời mã, ghi chi tiết theo đơn vị và nhật ký từng tệp. Tệp gốc không bị sửa.

  Mã thoát 2: không dùng được tệp hoặc tham số (thông báo nêu tệp, trang, ô). Mã thoát 3: lỗi nội bộ
  của cchc, không phải do dữ liệu; thêm --debug để xem chi tiết.
`;

/**
 * Runs a command; the exit code says what happened: 0 done (no errors found), 1 errors found in
 * the data, 2 the input cannot be used (message naming the file, sheet or argument), 3 a bug of
 * cchc itself (a short message; the stack with --debug).
 */
export async function run(argv: string[], io: Output): Promise<number> {
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv.filter((a) => a !== '--debug');
  try {
    switch (command) {
      case 'templates': {
        const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
        return listTemplates(!!values.json, io);
      }
      case 'template': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string' },
            unit: { type: 'string' },
            period: { type: 'string' },
            'report-number': { type: 'string' },
            'report-date': { type: 'string' },
          },
        });
        if (positionals.length !== 1 || !values.out) throw new InputError({ code: 'usage', usage: 'cchc template <id> --out FILE.xlsx' });
        return await writeTemplate(
          {
            id: positionals[0],
            out: values.out,
            unit: values.unit,
            period: values.period,
            reportNumber: values['report-number'],
            reportDate: values['report-date'],
          },
          io,
        );
      }
      case 'fill': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            values: { type: 'string' },
            out: { type: 'string' },
            sheet: { type: 'string' },
            json: { type: 'boolean', default: false },
          },
        });
        if (positionals.length !== 1 || !values.values || !values.out)
          throw new InputError({ code: 'usage', usage: 'cchc fill FILE.xlsx --values VALUES.csv --out OUT.xlsx' });
        return await fillTemplate(
          { file: positionals[0], values: values.values, out: values.out, sheet: values.sheet, json: !!values.json },
          io,
        );
      }
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { json: { type: 'boolean', default: false } },
        });
        if (!positionals.length) throw new InputError({ code: 'usage', usage: 'cchc validate FILE.xlsx [--json]' });
        return await validateFiles(positionals, !!values.json, io);
      }
      case 'compute': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string' },
            json: { type: 'boolean', default: false },
            'values-only': { type: 'boolean', default: false },
          },
        });
        if (positionals.length !== 1 || !values.out)
          throw new InputError({ code: 'usage', usage: 'cchc compute FILE.xlsx --out OUT.xlsx' });
        return await computeFile({ file: positionals[0], out: values.out, json: !!values.json, valuesOnly: !!values['values-only'] }, io);
      }
      case 'merge': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string' },
            unit: { type: 'string' },
            period: { type: 'string' },
            expected: { type: 'string' },
            'exclude-errors': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
          },
        });
        if (!positionals.length || !values.out) throw new InputError({ code: 'usage', usage: 'cchc merge TỆP|THƯ_MỤC… --out OUT.xlsx' });
        return await mergeFiles(
          {
            inputs: positionals,
            out: values.out,
            unit: values.unit,
            period: values.period,
            expected: values.expected,
            excludeErrors: !!values['exclude-errors'],
            json: !!values.json,
          },
          io,
        );
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command ? 0 : 2;
      default:
        throw new InputError({ code: 'command-unknown', command, usage: USAGE });
    }
  } catch (e) {
    if (isInputError(e)) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(internalErrorText(String(e)));
    if (debug) io.err(String((e as { stack?: unknown }).stack ?? e));
    else io.err('Chạy lại với --debug để xem chi tiết.');
    return 3;
  }
}

/** Entry point of the `cchc` binary. */
export function main(): void {
  void run(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) }).then((code) => process.exit(code));
}
