import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { cchc, cchcWith, tempDir } from '../support/cli';
import { gridXlsx, handMade, sampleData, type Data, type HandMade } from '../support/hand-made';
import { libreOfficeConvert } from '../support/libreoffice';
import { BUILT_IN, template } from '../support/templates';

/**
 * Files as units send them, on disk: hand-made sheets saved by exceljs (merged header cells), by
 * LibreOffice (re-saved .xlsx, .ods) and as Excel 97–2003 (.xls), read by the `cchc` a user runs.
 */
const T = template('dinh-ky');
const BAC_SON = sampleData('bac-son-2024-Q3.csv');
const NHAT_QUAN = sampleData('xa-nhat-quan-2024-Q3.csv');
const heading = (unit: string, caps: string) => [
  caps,
  'PHỤ LỤC',
  'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024',
  `(Kèm theo Báo cáo số 12/BC-UBND ngày 20/9/2024 của ${unit})`,
];

interface Sent {
  file: string;
  unit: string;
  data: Data;
  opts: HandMade;
  /** How the unit saved it. */
  as: 'exceljs' | 'libreoffice' | 'xls' | 'ods';
}
const SENT: Sent[] = [
  {
    file: 'bac-son.xlsx',
    unit: 'UBND xã Bắc Sơn',
    data: BAC_SON,
    opts: { columns: ['stt', 'label', 'unit', 'value', 'note'], twoRowHeader: true },
    as: 'exceljs',
  },
  {
    file: 'nhat-quan.xls',
    unit: 'UBND xã Nhất Quán',
    data: NHAT_QUAN,
    opts: { columns: ['value', 'label', 'unit', 'stt'], numbersAsText: true },
    as: 'xls',
  },
  {
    file: 'dong-tam.ods',
    unit: 'UBND xã Đồng Tâm',
    data: BAC_SON,
    opts: { columns: ['label', 'unit', 'value'], blankRows: true, top: 3, left: 2 },
    as: 'ods',
  },
  {
    file: 'hoa-binh.xlsx',
    unit: 'UBND xã Hòa Bình',
    data: NHAT_QUAN,
    opts: { columns: ['stt', 'label', 'unit', 'value'], sttShifted: true, noteRows: true },
    as: 'libreoffice',
  },
];

async function sentBytes(s: Sent): Promise<{ bytes: Buffer; codeAt: Map<number, string> }> {
  const { grid, codeAt } = handMade(T, s.data, { heading: heading(s.unit, s.unit.toLocaleUpperCase('vi')), ...s.opts });
  // The Word form's header: "Kết quả thống kê" merged over the unit and figures columns, the others over both header rows.
  const merges = s.opts.twoRowHeader ? ['C6:D6', 'A6:A7', 'B6:B7', 'E6:E7'] : [];
  const xlsx = await gridXlsx(grid, merges);
  if (s.as === 'exceljs') return { bytes: xlsx, codeAt };
  const format = s.as === 'libreoffice' ? 'xlsx' : s.as === 'xls' ? 'xls:MS Excel 97' : 'ods';
  return { bytes: libreOfficeConvert(xlsx, format), codeAt };
}

let sentDir: string;
let cleanDir: string;
const codeAtOf = new Map<string, Map<number, string>>();
beforeAll(async () => {
  sentDir = tempDir();
  cleanDir = tempDir();
  for (const s of SENT) {
    const { bytes, codeAt } = await sentBytes(s);
    writeFileSync(join(sentDir, s.file), bytes);
    codeAtOf.set(s.file, codeAt);
    // The same figures in the add-in's own template, as a unit using the add-in sends them.
    const wb = ExcelJsWorkbook.create(ExcelJS);
    await wb.addSheet(renderTemplate(T, { unit: s.unit, period: parsePeriod('2024-Q3'), values: s.data }));
    writeFileSync(join(cleanDir, s.file.replace(/\.\w+$/, '.xlsx')), await wb.toBuffer());
  }
}, 300_000);

interface RecognisedJson {
  sheets: {
    kind: string;
    template?: string;
    unit?: string;
    period?: string;
    rows?: { cell: string; code: string }[];
    unmatched?: { cell: string }[];
  }[];
}

test.each(SENT.map((s) => [s.file, s.as]))(
  'recognise %s (saved by %s): every indicator row tied to its own code, unit and period from the heading',
  (file) => {
    const r = cchc('recognise', join(sentDir, file), '--json');
    expect(r.code).toBe(0);
    const sheet = (JSON.parse(r.out) as RecognisedJson).sheets[0];
    const sent = SENT.find((s) => s.file === file)!;
    expect([sheet.kind, sheet.template, sheet.unit, sheet.period]).toEqual(['recognised', 'dinh-ky', sent.unit, '2024-Q3']);
    const codeAt = codeAtOf.get(file)!;
    expect(sheet.rows!.map((x) => [Number(/\d+$/.exec(x.cell)![0]), x.code])).toEqual([...codeAt]);
    expect(sheet.unmatched).toEqual(sent.opts.noteRows ? expect.any(Array) : []);
  },
);

test('recognise says in words which cell is which indicator', () => {
  const r = cchc('recognise', join(sentDir, 'bac-son.xlsx'));
  expect(r.code).toBe(0);
  const lines = r.out.split('\n');
  expect(lines[0]).toBe('Trang "Phụ lục": nhận dạng là mẫu dinh-ky (phiên bản 1.1.0); đơn vị: UBND xã Bắc Sơn; kỳ: 2024-Q3');
  expect(lines[1]).toBe('  121 dòng nhận ra (độ tin cậy thấp nhất 100%), 0 dòng không nhận ra, thiếu 0 chỉ tiêu của mẫu');
  // Row 9: the first indicator under section I (heading 4 lines, a blank, 2 header rows, the section row).
  expect(lines[2]).toBe('  B9\t→ I.1 (100%, theo STT và tên)');
});

test('the merge of the files as sent equals the merge of the same figures in the add-in’s templates; the log says each was recognised', () => {
  const sentOut = join(tempDir(), 'th-tu-lap.xlsx');
  const cleanOut = join(tempDir(), 'th-mau.xlsx');
  const sent = cchc('merge', sentDir, '--out', sentOut, '--unit', 'UBND tỉnh Thử Nghiệm', '--json');
  const clean = cchc('merge', cleanDir, '--out', cleanOut, '--unit', 'UBND tỉnh Thử Nghiệm', '--json');
  expect([sent.code, clean.code]).toEqual([0, 0]);
  const log = (JSON.parse(sent.out) as { log: { file: string; status: string; reason: string }[] }).log;
  expect(log.map((l) => [l.file, l.status])).toEqual(SENT.map((s) => [s.file, 'merged']).sort());
  for (const l of log)
    expect(l.reason).toMatch(/^nhận dạng từ bảng tự lập \(độ tin cậy \d+%\): 121 dòng nhận ra, \d+ dòng không nhận ra, thiếu 0 chỉ tiêu/);
  const consolidated = (file: string) => {
    const grid = readGrids('th.xlsx', readFileSync(file))[0];
    const sheet = readTemplateSheet(grid, BUILT_IN)!;
    return [...sheet.cells].map(([k, c]) => [k, c.raw]).sort();
  };
  const totals = consolidated(sentOut);
  expect(totals).toEqual(consolidated(cleanOut));
  // Not an empty equality: Bắc Sơn and Đồng Tâm sent 7 tasks each (I.2.1), Nhất Quán and Hòa Bình theirs.
  const tasks = (d: Data) => d.get('I.2.1@value') as number;
  expect(totals.find(([k]) => k === 'I.2.1@value')![1]).toBe(2 * tasks(BAC_SON) + 2 * tasks(NHAT_QUAN));
});

test('without LibreOffice, an .xls or .ods is named with how to convert it by hand; the other files are merged', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  for (const f of ['bac-son.xlsx', 'nhat-quan.xls', 'dong-tam.ods']) writeFileSync(join(dir, 'in', f), readFileSync(join(sentDir, f)));
  const out = join(dir, 'th.xlsx');
  // No LibreOffice on the PATH, none named by CCHC_SOFFICE.
  const r = cchcWith({ CCHC_SOFFICE: '', PATH: join(dir, 'khong-co') }, 'merge', join(dir, 'in'), '--out', out, '--json');
  expect(r.code).toBe(0);
  const log = (JSON.parse(r.out) as { log: { file: string; status: string; reason: string }[] }).log;
  expect(log.map((l) => [l.file, l.status, l.reason.split(':')[0]])).toEqual([
    ['bac-son.xlsx', 'merged', 'nhận dạng từ bảng tự lập (độ tin cậy 100%)'],
    ['dong-tam.ods', 'skipped', 'Tệp "dong-tam.ods" là bảng tính OpenDocument (.ods)'],
    ['nhat-quan.xls', 'skipped', 'Tệp "nhat-quan.xls" là tệp Excel 97–2003 (.xls)'],
  ]);
  expect(log[2].reason).toContain('cần LibreOffice để đọc nhưng máy này chưa cài');
  expect(existsSync(out)).toBe(true);
});
