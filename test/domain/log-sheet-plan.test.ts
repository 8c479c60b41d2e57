import { catalogueOf } from '../../src/domain/catalogue/catalogue';
import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import type { Num } from '../../src/domain/expr';
import type { Finding } from '../../src/domain/validate/finding';
import { LOG_ERROR_HEADER, LOG_SHEET, mergeSheets } from '../../src/domain/sheets/report-sheets';
import { planGrid } from '../support/plan-grid';
import { smallForm } from '../support/small-forms';

/**
 * The log sheet of a merge, section by section, from facts set by hand: six communes with 100
 * dossiers each and 10, 11, 9, 10, 12 and 60 late (rates 10%, 11%, 9%, 10%, 12%, 60%); Hai sent
 * two files (the newer taken); Ba's total is in error and its sheet has a row the form lacks.
 * Unusual by hand: the median of the six rates is 10.5%, their absolute deviations' median 1
 * point, so Sáu's 60% has z = 0.6745 × 49.5 / 1 = 33.4; nobody else is above 3.5.
 */
const form = smallForm('tong-ty-le', 'Tổng và tỷ lệ', [
  { code: 'A', label: 'Hồ sơ tiếp nhận', kind: 'count' },
  { code: 'B', label: 'Hồ sơ trễ hạn', kind: 'count' },
  { code: 'T', label: 'Tổng', kind: 'count', formula: '[A] + [B]' },
  { code: 'R', label: 'Tỷ lệ trễ hạn', kind: 'percent', formula: '[B] / [A]' },
]);

const totalError: Finding = {
  sheet: 'Biểu',
  cell: 'C5',
  code: 'T',
  rule: 'R01',
  severity: 'error',
  text: {
    kind: 'total-differs',
    code: 'T',
    reported: { value: 200, kind: 'count' },
    expr: 'A + B',
    computed: { value: 109, kind: 'count' },
  },
  message: 'T: tổng ghi 200, tính từ A + B được 109',
};

function unit(file: string, name: string, late: number, modified = 1, more: { errors?: Finding[]; unknownRow?: string } = {}): UnitFile {
  return {
    file,
    size: 10,
    modified,
    checksum: `sha-${file}`,
    report: {
      identity: { templateId: form.id, version: form.version, unit: `UBND xã ${name}`, period: '2024-Q3' },
      values: new Map([
        ['A@value', 100],
        ['B@value', late],
      ]),
      derived: new Map<string, Num>([
        ['T@value', 100 + late],
        ['R@value', late / 100],
      ]),
      reportedDerived: new Map(),
      errors: more.errors ?? [],
      errorCells: more.errors ? ['T@value'] : [],
      warnings: 0,
      notes: more.unknownRow ? [{ code: 'code-unknown', file, row: more.unknownRow, template: form.id, version: form.version }] : [],
    },
  };
}

const result = mergeReports(
  [
    unit('mot.xlsx', 'Một', 10),
    unit('hai.xlsx', 'Hai', 11, 2),
    unit('hai-cu.xlsx', 'Hai', 30, 1),
    unit('ba.xlsx', 'Ba', 9, 1, { errors: [totalError], unknownRow: 'X.9' }),
    unit('bon.xlsx', 'Bốn', 10),
    unit('nam.xlsx', 'Năm', 12),
    unit('sau.xlsx', 'Sáu', 60),
  ],
  { catalogue: catalogueOf([form]), unit: 'UBND huyện Thử', period: '2024-Q3' },
);
const grid = planGrid(mergeSheets(result).find((p) => p.name === LOG_SHEET)!);
/** The rows after the log's own header, each as its cells (a row left empty as []). */
const rows = (() => {
  const first = grid.values.findIndex((r) => r[1] === 'ba.xlsx');
  return grid.values.slice(first).map((r) => r ?? []);
})();
const at = (text: string) => rows.findIndex((r) => typeof r[1] === 'string' && r[1].startsWith(text));

test('one line per file in name order, the older copy of a unit skipped, saying which file was taken', () => {
  expect(rows.slice(0, 7).map((r) => [r[0], r[1], r[2], r[6], r[7], r[8], r[10]])).toEqual([
    [1, 'ba.xlsx', 'UBND xã Ba', 10, 'sha-ba.xlsx', 'đã gộp', 1],
    [2, 'bon.xlsx', 'UBND xã Bốn', 10, 'sha-bon.xlsx', 'đã gộp', 0],
    [3, 'hai-cu.xlsx', 'UBND xã Hai', 10, 'sha-hai-cu.xlsx', 'bỏ qua', 0],
    [4, 'hai.xlsx', 'UBND xã Hai', 10, 'sha-hai.xlsx', 'đã gộp', 0],
    [5, 'mot.xlsx', 'UBND xã Một', 10, 'sha-mot.xlsx', 'đã gộp', 0],
    [6, 'nam.xlsx', 'UBND xã Năm', 10, 'sha-nam.xlsx', 'đã gộp', 0],
    [7, 'sau.xlsx', 'UBND xã Sáu', 10, 'sha-sau.xlsx', 'đã gộp', 0],
  ]);
  expect(rows[2][9]).toBe('trùng đơn vị UBND xã Hai: đã lấy tệp mới hơn hai.xlsx');
  expect(rows[0][9]).toBe('có 1 lỗi khi kiểm tra (vẫn gộp)');
});

test('then, after an empty row: who sent, the units sent twice, the notes', () => {
  expect(rows[7]).toEqual([]);
  expect(rows[8][1]).toBe('Đã nộp và được tổng hợp: 6 đơn vị (không có danh sách đơn vị phải nộp)');
  expect(rows[at('Trùng')][1]).toBe('Trùng: UBND xã Hai');
  expect(rows[at('Ghi chú')][1]).toBe('Ghi chú: ba.xlsx: mã X.9 không có trong mẫu tong-ty-le phiên bản 1.0.0, không tổng hợp');
  expect(at('Trùng')).toBeGreaterThan(8);
  expect(at('Ghi chú')).toBe(at('Trùng') + 1);
});

test('the errors found, after an empty row: how many in how many files, a header, one line each', () => {
  const said = at('Lỗi khi kiểm tra các tệp');
  expect(rows[said - 1]).toEqual([]);
  expect(rows[said][1]).toBe('Lỗi khi kiểm tra các tệp: 1 lỗi trong 1 tệp (tệp được gộp hay bị loại: xem cột Trạng thái ở trên)');
  expect(rows[said + 1]).toEqual(LOG_ERROR_HEADER);
  expect(rows[said + 2]).toEqual([
    1,
    'ba.xlsx',
    'UBND xã Ba',
    'C5',
    'T',
    'R01',
    null,
    'Biểu',
    'lỗi',
    'T: tổng ghi 200, tính từ A + B được 109',
  ]);
});

test('the unusual values last, after an empty row: how many at how many units, a header, one line each', () => {
  const said = at('Giá trị khác thường so với các đơn vị khác');
  expect(said).toBeGreaterThan(at('Lỗi khi kiểm tra các tệp'));
  expect(rows[said - 1]).toEqual([]);
  expect(rows[said][1]).toMatch(
    /^Giá trị khác thường so với các đơn vị khác: 1 giá trị ở 1 đơn vị \(ô tô vàng ở trang Chi tiết theo đơn vị\)\. Cách tính: /,
  );
  expect(rows[said + 1]).toEqual(['STT', 'Tệp', 'Đơn vị', null, 'Mã chỉ tiêu', null, null, null, 'Mức', 'Nội dung']);
  expect(rows[said + 2]).toEqual([
    1,
    'sau.xlsx',
    'UBND xã Sáu',
    null,
    'R',
    null,
    null,
    null,
    'cảnh báo',
    'Tỷ lệ trễ hạn: R = 60%: trung vị của 6 đơn vị 10,5%, z = 33,4',
  ]);
  expect(rows.length).toBe(said + 3);
});
