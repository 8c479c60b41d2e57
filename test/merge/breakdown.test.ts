import ExcelJS from 'exceljs';
import { mergeReports, type MergeResult, type UnitFile } from '../../src/domain/merge/merge';
import { parsePeriod } from '../../src/domain/period';
import { cellKey } from '../../src/domain/sheet/identity';
import type { CellValue } from '../../src/domain/sheet/plan';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readUnitFile } from '../../src/app/merge';
import { cellValues, template, BUILT_IN } from '../support/templates';
import { templateXlsx } from '../support/workbooks';
import { breakdownRows, written } from '../support/breakdown';
import { mergeSheets } from '../../src/domain/merge/report-sheets';

/**
 * A merge run in-process, from the files' bytes to the written result read back with exceljs,
 * with every expected figure worked out by hand from the units' numbers below.
 */
type Values = Record<string, CellValue>;

const AN_BINH = 'UBND xã An Bình';
const BAC_SON = 'UBND xã Bắc Sơn';
const CAM_PHUC = 'UBND xã Cẩm Phúc';

// I.2 = I.2.2 / I.2.1: 9/10 = 90%, 1/2 = 50%, 8/8 = 100%. Summed: 18/20 = 90% (the average of the ratios would be 80%).
// VII.5.3 = VII.5.3.2 / VII.5.3.1: 10/100 = 10%, 0/0 = blank, 20/20 = 100%. Summed: 30/120 = 25% (average 55%).
const UNITS: [string, string, Values][] = [
  [
    'an-binh.xlsx',
    AN_BINH,
    {
      'I.2.1': 10,
      'I.2.2': 9,
      'I.4.1': 12,
      'I.4.2': 12,
      'I.5': 1,
      'I.5.1': 40,
      'I.5.2': 2,
      'VII.5.3.1': 100,
      'VII.5.3.2': 10,
      'VI.1.1': 1000.5,
    },
  ],
  ['bac-son.xlsx', BAC_SON, { 'I.2.1': 2, 'I.2.2': 1, 'I.5': 0, 'VII.5.3.1': 0, 'VII.5.3.2': 0, 'VI.1.1': 17465 }],
  // I.4.2 = 9 tasks on time out of 7 assigned: a check error (R16).
  [
    'cam-phuc.xlsx',
    CAM_PHUC,
    { 'I.2.1': 8, 'I.2.2': 8, 'I.4.1': 7, 'I.4.2': 9, 'I.5': 1, 'I.5.1': 25, 'I.5.2': 0, 'VII.5.3.1': 20, 'VII.5.3.2': 20 },
  ],
];

async function unitBytes(id: string, unit: string, values: Values, period = '2024-Q3'): Promise<Uint8Array> {
  return (await templateXlsx(template(id), { unit, period: parsePeriod(period), values: cellValues(values) })).bytes;
}

const facts = (file: string, bytes: Uint8Array, modified: number) => ({ file, size: bytes.length, modified, checksum: `sha-${file}` });

describe('merging three communes of Mẫu A', () => {
  let result: MergeResult;
  let book: ExcelJS.Workbook;
  let files: UnitFile[] = [];
  const received: { file: string; bytes: Uint8Array; modified: number }[] = [];

  beforeAll(async () => {
    for (const [file, unit, values] of UNITS) received.push({ file, bytes: await unitBytes('dinh-ky', unit, values), modified: 2000 });
    // An Bình sent an older file too; another commune sent the wrong period; one file is not a workbook.
    received.push({ file: 'an-binh-cu.xlsx', bytes: await unitBytes('dinh-ky', AN_BINH, { 'I.2.1': 99, 'I.2.2': 1 }), modified: 1000 });
    received.push({
      file: 'dong-tho-q2.xlsx',
      bytes: await unitBytes('dinh-ky', 'UBND xã Đông Thọ', { 'I.2.1': 5 }, '2024-Q2'),
      modified: 2000,
    });
    received.push({ file: 'ghi-chu.xlsx', bytes: new TextEncoder().encode('không phải tệp Excel'), modified: 2000 });
  });

  // Read, merged and written within each test, so that each test is one run of the whole merge.
  beforeEach(async () => {
    files = received.map((r) => readUnitFile(facts(r.file, r.bytes, r.modified), r.bytes, readGrids, BUILT_IN)).reverse();
    result = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND tỉnh Hưng Yên', expected: [AN_BINH, BAC_SON, 'UBND xã Đông Thọ', ''] });
    book = await written(result);
  });

  test('consolidates ratios from summed parts, never averaged', () => {
    expect(result.derived.get(cellKey('I.2', 'value'))).toBeCloseTo(18 / 20, 12);
    expect(result.derived.get(cellKey('VII.5.3', 'value'))).toBeCloseTo(30 / 120, 12);
    expect(result.values.get(cellKey('I.2.1', 'value'))).toBe(20);
    expect(result.values.get(cellKey('VI.1.1', 'value'))).toBeCloseTo(18465.5, 9);
  });

  test('the breakdown shows, for a ratio row, the total from summed parts, the reporting units and each unit', () => {
    const { units, rows } = breakdownRows(book.getWorksheet('Chi tiết theo đơn vị')!);
    expect(units).toEqual([AN_BINH, BAC_SON, CAM_PHUC]);
    const i2 = rows.get('I.2')!;
    expect(i2[0] as number).toBeCloseTo(0.9, 12);
    expect(i2.slice(1)).toEqual([3, expect.closeTo(0.9, 12), expect.closeTo(0.5, 12), 1]);
    const online = rows.get('VII.5.3')!;
    expect(online[0] as number).toBeCloseTo(0.25, 12);
    expect(online.slice(1)).toEqual([2, expect.closeTo(0.1, 12), null, 1]);
  });

  test('for a count row: the sum, the units that reported it (a blank is not a zero) and each value', () => {
    const { rows } = breakdownRows(book.getWorksheet('Chi tiết theo đơn vị')!);
    expect(rows.get('I.4.1')).toEqual([19, 2, 12, null, 7]);
    expect(rows.get('I.2.1')).toEqual([20, 3, 10, 2, 8]);
    expect(rows.get('I.1')).toEqual([null, 0, null, null, null]);
  });

  test('for a coded row: answers counted per label, and each unit’s answer by its label', () => {
    const { rows } = breakdownRows(book.getWorksheet('Chi tiết theo đơn vị')!);
    expect(rows.get('I.5')).toEqual(['2/3 đơn vị: Có; 1/3 đơn vị: Không', 3, 'Có', 'Không', 'Có']);
    expect(rows.get('I.5.2')).toEqual(['1/2 đơn vị: Trực tuyến; 1/2 đơn vị: Kết hợp', 2, 'Kết hợp', null, 'Trực tuyến']);
  });

  test('the values in error are red, and each unit’s error count is on top', () => {
    const ws = book.getWorksheet('Chi tiết theo đơn vị')!;
    const { fills } = breakdownRows(ws);
    expect(fills.get('I.4.2')).toEqual([undefined, undefined, undefined, undefined, 'FFF4817F']);
    expect(fills.get('I.4.1')!.every((f) => f === undefined)).toBe(true);
    const counts = ws.getRow(5);
    expect([4, 5, 6, 7, 8].map((c) => counts.getCell(c).value)).toEqual([1, null, 0, 0, 1]);
    expect(result.errors.map((e) => [e.file, e.unit, e.finding.code, e.finding.rule])).toEqual([
      ['cam-phuc.xlsx', CAM_PHUC, 'I.4.2', 'R16'],
    ]);
  });

  test('the breakdown as laid out: titles, headers, error counts on top, group rows bold, answers as text, units in error red', () => {
    const sheets = mergeSheets(result);
    const plan = sheets[1];
    // No target is measured by these figures, but the key rates are charted.
    expect(sheets.map((p) => p.name)).toEqual(['Tổng hợp 2024-Q3', 'Chi tiết theo đơn vị', 'Biểu đồ', 'Nhật ký tổng hợp']);
    const at = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, [c.value, c.style]]));
    const row = (r: number, cols: number) => Array.from({ length: cols }, (_, i) => at.get(`${r},${i + 1}`));
    const rowOf = (code: string) => plan.cells.find((c) => c.col === 1 && c.value === code)!.row;
    expect(row(1, 1)).toEqual([['CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ — MẪU A — THỐNG KÊ SỐ LIỆU CCHC ĐỊNH KỲ (QUÝ, 6 THÁNG, NĂM)', 'title']]);
    expect(row(2, 1)).toEqual([['UBND tỉnh Hưng Yên, quý III năm 2024: 3 đơn vị được tổng hợp', 'note-line']]);
    expect(row(4, 8).map((c) => c![0])).toEqual([
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Tổng hợp',
      'Số đơn vị có số liệu',
      AN_BINH,
      BAC_SON,
      CAM_PHUC,
    ]);
    expect(plan.columns.map((c) => c.width)).toEqual([11, 48, 12, 16, 10, 14, 14, 14]);
    // Errors per unit: Cẩm Phúc's one error, in red; the words in bold.
    expect(row(5, 8)).toEqual([
      ['', 'label-bold'],
      ['Số lỗi khi kiểm tra tệp của đơn vị (ô tô đỏ: giá trị có lỗi, xem danh sách ở trang Nhật ký tổng hợp)', 'label-bold'],
      ['Lỗi', 'label-bold'],
      [1, 'plain-count'],
      [null, 'plain-count'],
      [0, 'plain-count'],
      [0, 'plain-count'],
      [1, 'flagged-count'],
    ]);
    expect(rowOf('I.1')).toBe(6);
    expect(row(rowOf('I.3'), 3)).toEqual([['I.3', 'label-bold'], ['Kiểm tra CCHC', 'label-bold'], undefined]);
    expect(row(rowOf('I.2.1'), 8)).toEqual([
      ['I.2.1', 'plain-text'],
      ['Số nhiệm vụ đề ra trong kế hoạch', 'plain-text'],
      ['Nhiệm vụ', 'plain-text'],
      [20, 'plain-count'],
      [3, 'plain-count'],
      [10, 'plain-count'],
      [2, 'plain-count'],
      [8, 'plain-count'],
    ]);
    expect(
      row(rowOf('I.2'), 8)
        .slice(3)
        .map((c) => c![1]),
    ).toEqual(['plain-percent', 'plain-count', ...Array(3).fill('plain-percent')]);
    expect(row(rowOf('I.5'), 8).slice(3)).toEqual([
      ['2/3 đơn vị: Có; 1/3 đơn vị: Không', 'plain-text'],
      [3, 'plain-count'],
      ['Có', 'plain-text'],
      ['Không', 'plain-text'],
      ['Có', 'plain-text'],
    ]);
    expect(
      row(rowOf('I.4.2'), 8)
        .slice(5)
        .map((c) => c![1]),
    ).toEqual(['plain-count', 'plain-count', 'flagged-count']);
  });

  test('the log’s completeness lines without a list of expected units, and with every expected unit in', () => {
    const logLines = (r: MergeResult) =>
      mergeSheets(r)
        .at(-1)!
        .cells.filter((c) => c.col === 2 && c.style === 'label-bold')
        .map((c) => c.value);
    const once = files.filter((f) => f.file !== 'an-binh-cu.xlsx' && f.file !== 'cam-phuc.xlsx');
    const open = mergeReports(once, { catalogue: BUILT_IN, unit: 'UBND tỉnh Hưng Yên' });
    // Then the deadline lines: no rule, so nobody is late; the test files' only dates are their files' (of 1970), shown, not judged.
    const due = [
      'Kỳ số liệu quý III năm 2024: từ 15/6/2024 đến 14/9/2024. Chưa có quy định hạn nộp của tỉnh: không xét nộp muộn.',
      expect.stringMatching(/^Chỉ biết ngày lưu tệp \(không xét muộn\): /),
    ];
    const dongTho = 'Đã nộp nhưng không dùng: UBND xã Đông Thọ (dong-tho-q2.xlsx: kỳ 2024-Q2, không phải 2024-Q3)';
    expect(logLines(open)).toEqual([
      'Đã nộp và được tổng hợp: 2 đơn vị (không có danh sách đơn vị phải nộp)',
      dongTho,
      'Trùng: không có',
      ...due,
    ]);
    const all = mergeReports(once, { catalogue: BUILT_IN, unit: 'UBND tỉnh Hưng Yên', expected: [AN_BINH, BAC_SON] });
    // Đông Thọ is not on this list: its file is in the log's table only.
    expect(logLines(all)).toEqual([
      'Đơn vị phải nộp: 2; đã nộp và được tổng hợp: 2; đã nộp nhưng không dùng: 0; chưa nộp: 0',
      'Chưa nộp: không có',
      'Trùng: không có',
      ...due,
    ]);
  });

  test('the log prints its files’ header on every page, unless an error list with its own header follows', () => {
    const once = files.filter((f) => f.file !== 'an-binh-cu.xlsx' && f.file !== 'cam-phuc.xlsx');
    const clean = mergeReports(once, { catalogue: BUILT_IN, unit: 'UBND tỉnh Hưng Yên' });
    expect(clean.errors).toEqual([]);
    // Two title lines, a blank row, the header on row 4.
    expect(mergeSheets(clean).at(-1)!.print.titleRows).toEqual([4, 4]);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(mergeSheets(result).at(-1)!.print.titleRows).toBeUndefined();
    // The breakdown has one table: its header repeats.
    expect(mergeSheets(result)[1].print.titleRows).toEqual([4, 4]);
  });

  test('the consolidated form carries the sums, the code counts and the recomputed ratios', () => {
    const ws = book.getWorksheet('Tổng hợp 2024-Q3')!;
    const byCode = new Map<string, ExcelJS.Cell>();
    ws.eachRow((row) => {
      const code = row.getCell(1).value;
      if (typeof code === 'string') byCode.set(code, row.getCell(5));
    });
    expect(byCode.get('I.2.1')!.value).toBe(20);
    expect(byCode.get('I.4.1')!.value).toBe(19);
    expect(byCode.get('I.5')!.value).toBe('2/3 đơn vị: Có; 1/3 đơn vị: Không');
    expect(byCode.get('I.2')!.result as number).toBeCloseTo(0.9, 12);
    expect(byCode.get('VII.5.3')!.result as number).toBeCloseTo(0.25, 12);
  });

  test('completeness: sent but not used, duplicated and unexpected units, in the result and on the log sheet', () => {
    expect(result.completeness).toEqual({
      expected: [AN_BINH, BAC_SON, 'UBND xã Đông Thọ'],
      submitted: [AN_BINH, BAC_SON, CAM_PHUC],
      // Đông Thọ sent its quarter II report: sent, not used, never "not sent".
      missing: [],
      notUsed: [
        { unit: 'UBND xã Đông Thọ', file: 'dong-tho-q2.xlsx', why: { code: 'other-period', period: '2024-Q2', expected: '2024-Q3' } },
      ],
      duplicates: [AN_BINH],
      through: [],
      unexpected: [CAM_PHUC],
      proposed: [],
    });
    const lines: unknown[] = [];
    book.getWorksheet('Nhật ký tổng hợp')!.eachRow((row) => lines.push(row.getCell(2).value));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Đơn vị phải nộp: 3; đã nộp và được tổng hợp: 2; đã nộp nhưng không dùng: 1; chưa nộp: 0',
        'Chưa nộp: không có',
        'Đã nộp nhưng không dùng: UBND xã Đông Thọ (dong-tho-q2.xlsx: kỳ 2024-Q2, không phải 2024-Q3)',
        `Nộp nhưng không có trong danh sách: ${CAM_PHUC}`,
        `Trùng: ${AN_BINH}`,
      ]),
    );
  });

  test('the log sheet: one row per file, the completeness lines, then each error with its cell', () => {
    const ws = book.getWorksheet('Nhật ký tổng hợp')!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0][0]).toBe('NHẬT KÝ TỔNG HỢP — UBND TỈNH HƯNG YÊN');
    expect(rows[1][0]).toBe('Mẫu A — Thống kê số liệu CCHC định kỳ (quý, 6 tháng, năm), quý III năm 2024');
    expect(rows[2]).toEqual([
      'STT',
      'Tệp',
      'Đơn vị',
      'Kỳ',
      'Mẫu',
      'Phiên bản',
      'Dung lượng (byte)',
      'Mã kiểm tra SHA-256',
      'Trạng thái',
      'Lý do',
      'Số lỗi',
      'Số cảnh báo',
    ]);
    const camPhuc = files.find((f) => f.file === 'cam-phuc.xlsx')!;
    expect(rows[6]).toEqual([
      4,
      'cam-phuc.xlsx',
      CAM_PHUC,
      '2024-Q3',
      'dinh-ky',
      '1.1.0',
      camPhuc.size,
      'sha-cam-phuc.xlsx',
      'đã gộp',
      'có 1 lỗi khi kiểm tra (vẫn gộp)',
      1,
      camPhuc.report!.warnings,
    ]);
    const error = result.errors[0].finding;
    const tail = rows.slice(-3);
    expect(tail[0][1]).toBe('Lỗi khi kiểm tra các tệp: 1 lỗi trong 1 tệp (tệp được gộp hay bị loại: xem cột Trạng thái ở trên)');
    // The message runs over the last three columns (exceljs gives a merged cell's value in each of them).
    expect(tail[1]).toEqual([
      'STT',
      'Tệp',
      'Đơn vị',
      'Ô',
      'Mã chỉ tiêu',
      'Quy tắc',
      undefined,
      'Trang tính',
      'Mức',
      ...Array(3).fill('Nội dung lỗi'),
    ]);
    expect(tail[2]).toEqual([
      1,
      'cam-phuc.xlsx',
      CAM_PHUC,
      error.cell,
      'I.4.2',
      'R16',
      undefined,
      'Phụ lục 2024-Q3',
      'lỗi',
      ...Array(3).fill(error.message),
    ]);
    expect(ws.getCell(`J${ws.rowCount}`).isMerged && ws.getCell(`L${ws.rowCount}`).master.address).toBe(`J${ws.rowCount}`);
    expect(error.message).toBe(
      'Nhiệm vụ hoàn thành đúng hạn, quá hạn và quá hạn chưa hoàn thành không vượt tổng nhiệm vụ được giao: I.4.2 + I.4.3 + I.4.4 = 9 > I.4.1 = 7',
    );
  });

  test('every file is in the log with what became of it, in name order', () => {
    expect(result.log.map((l) => [l.file, l.status, l.reason, l.errors])).toEqual([
      ['an-binh-cu.xlsx', 'skipped', `trùng đơn vị ${AN_BINH}: đã lấy tệp mới hơn an-binh.xlsx`, 0],
      ['an-binh.xlsx', 'merged', '', 0],
      ['bac-son.xlsx', 'merged', '', 0],
      ['cam-phuc.xlsx', 'merged', 'có 1 lỗi khi kiểm tra (vẫn gộp)', 1],
      ['dong-tho-q2.xlsx', 'skipped', 'kỳ 2024-Q2, không phải 2024-Q3', 0],
      ['ghi-chu.xlsx', 'skipped', 'Tệp "ghi-chu.xlsx" không phải là tệp Excel .xlsx.', 0],
    ]);
    expect(result.log.find((l) => l.file === 'an-binh.xlsx')).toMatchObject({
      unit: AN_BINH,
      period: '2024-Q3',
      template: 'dinh-ky',
      version: '1.1.0',
      checksum: 'sha-an-binh.xlsx',
    });
  });

  test('files with errors are left out on request, their errors still listed', () => {
    const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND tỉnh Hưng Yên', excludeErrors: true });
    expect(r.units.map((u) => u.unit)).toEqual([AN_BINH, BAC_SON]);
    expect(r.log.find((l) => l.file === 'cam-phuc.xlsx')).toMatchObject({
      status: 'skipped',
      reason: 'có 1 lỗi khi kiểm tra (đã chọn loại tệp có lỗi)',
      errors: 1,
    });
    expect(r.errors.map((e) => e.finding.code)).toEqual(['I.4.2']);
    expect(r.values.get(cellKey('I.2.1', 'value'))).toBe(12);
    expect(r.derived.get(cellKey('I.2', 'value'))).toBeCloseTo(10 / 12, 12);
  });
});

describe('merging a summary appendix with text and coded rows (PL1, year columns)', () => {
  let result: MergeResult;
  let book: ExcelJS.Workbook;
  let a: Uint8Array;
  let b: Uint8Array;
  beforeAll(async () => {
    a = await unitBytes(
      'tong-ket-pl1',
      'Sở Nội vụ',
      { '1.1@y2016': 3, '1.2@y2016': 4, '3.1@y2016': 1, '3.5@y2016': 'Sân khấu hóa', '6.3@y2016': 0.9 },
      '',
    );
    b = await unitBytes('tong-ket-pl1', 'Sở Tư pháp', { '1.1@y2016': 5, '3.1@y2016': 0, '3.5@y2016': 'Tờ rơi' }, '');
  });
  beforeEach(async () => {
    result = mergeReports(
      [
        readUnitFile(facts('so-noi-vu.xlsx', a, 1), a, readGrids, BUILT_IN),
        readUnitFile(facts('so-tu-phap.xlsx', b, 1), b, readGrids, BUILT_IN),
      ],
      { catalogue: BUILT_IN, unit: 'UBND tỉnh Bình Định' },
    );
    book = await written(result);
  });

  test('texts and percentages without parts are listed per unit, not summed; counts and codes are', () => {
    const { units, rows } = breakdownRows(book.getWorksheet('Chi tiết theo đơn vị')!);
    expect(units).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect(rows.get('3.5 (Năm 2016)')).toEqual([null, 2, 'Sân khấu hóa', 'Tờ rơi']);
    expect(rows.get('6.3 (Năm 2016)')).toEqual([null, 1, 0.9, null]);
    expect(rows.get('1.1 (Năm 2016)')).toEqual([8, 2, 3, 5]);
    expect(rows.get('1 (Năm 2016)')).toEqual([12, 2, 7, 5]);
    expect(rows.get('3.1 (Năm 2016)')).toEqual(['1/2 đơn vị: Có tổ chức; 1/2 đơn vị: Không tổ chức', 2, 'Có tổ chức', 'Không tổ chức']);
    expect(result.notes).toContain(
      '6.3: tỷ lệ không có tử số, mẫu số trong mẫu nên không cộng, không lấy trung bình; xem số liệu từng đơn vị ở trang chi tiết',
    );
  });
});
