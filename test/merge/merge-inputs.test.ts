import ExcelJS from 'exceljs';
import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { cellKey } from '../../src/domain/sheet/identity';
import type { CellValue, SheetPlan } from '../../src/domain/sheet/plan';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readUnitFile } from '../../src/app/merge';
import { template, BUILT_IN } from '../support/templates';

/** The inputs a merge meets, each written to .xlsx bytes and read as a received file. */
type Values = Record<string, CellValue>;

async function bytesOf(plans: SheetPlan[], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  for (const p of plans) await wb.addSheet(p);
  if (edit) edit(wb.workbook.worksheets[0]);
  return wb.toBuffer();
}

const plan = (unit: string, values: Values, period = '2024-Q3', id = 'dinh-ky') =>
  renderTemplate(template(id), {
    unit,
    period: parsePeriod(period),
    values: new Map(Object.entries(values).map(([c, v]) => [cellKey(c, 'value'), v])),
  });

async function unitFile(file: string, p: SheetPlan[], edit?: (ws: ExcelJS.Worksheet) => void): Promise<UnitFile> {
  const bytes = await bytesOf(p, edit);
  return readUnitFile({ file, size: bytes.length, modified: 1, checksum: file }, bytes, readGrids, BUILT_IN);
}

/** The sheet row holding an indicator code in hidden column A. */
const rowOf = (ws: ExcelJS.Worksheet, code: string) => {
  let found = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(1).value === code) found = r;
  });
  return found;
};

test('what a file brings that cannot be summed is noted: unreadable values, unknown codes, missing rows', async () => {
  const odd = await unitFile('la.xlsx', [plan('UBND xã Lạ', { 'I.4.1': 5, 'I.1': 2 })], (ws) => {
    ws.getCell(rowOf(ws, 'I.4.1'), 5).value = '12 hồ sơ';
    ws.getCell(rowOf(ws, 'I.6'), 1).value = 'I.99';
    ws.getCell(rowOf(ws, 'II.1'), 1).value = null;
  });
  const plain = await unitFile('thuong.xlsx', [plan('UBND xã Thường', { 'I.4.1': 5, 'I.1': 3 })]);
  const r = mergeReports([odd, plain], { catalogue: BUILT_IN, unit: 'UBND huyện Ân Thi' });
  expect(r.notes).toEqual([
    'la.xlsx: mã I.99 không có trong mẫu dinh-ky phiên bản 1.1.0, không tổng hợp',
    'la.xlsx: ô I.4.1 ghi "12 hồ sơ" không đọc được, không cộng vào tổng',
    'la.xlsx: thiếu 2 dòng của mẫu (I.6, II.1)',
  ]);
  expect(r.values.get(cellKey('I.4.1', 'value'))).toBe(5);
  expect(r.values.get(cellKey('I.1', 'value'))).toBe(5);
  expect(r.reported.get(cellKey('I.4.1', 'value'))).toBe(1);
  expect(r.errors.map((e) => [e.file, e.finding.code, e.finding.rule])).toEqual([['la.xlsx', 'I.4.1', 'DOC']]);
});

test('the missing rows of a file are named, the first five when there are more', async () => {
  const without = (file: string, codes: string[]) =>
    unitFile(file, [plan(`UBND xã ${file}`, {})], (ws) => {
      for (const code of codes) ws.getCell(rowOf(ws, code), 1).value = null;
    });
  const five = ['I.1', 'I.2', 'I.2.1', 'I.2.2', 'I.3'];
  const r = mergeReports([await without('nam.xlsx', five), await without('sau.xlsx', [...five, 'I.3.1'])], {
    catalogue: BUILT_IN,
    unit: 'UBND huyện Ân Thi',
  });
  expect(r.notes.filter((n) => n.includes('thiếu'))).toEqual([
    'nam.xlsx: thiếu 5 dòng của mẫu (I.1, I.2, I.2.1, I.2.2, I.3)',
    'sau.xlsx: thiếu 6 dòng của mẫu (I.1, I.2, I.2.1, I.2.2, I.3, …)',
  ]);
});

test('files of another template, with no unit, of the consolidating unit itself, or without a template sheet are logged, not merged', async () => {
  const files = [
    await unitFile('a.xlsx', [plan('UBND xã A', { 'I.1': 1 })]),
    await unitFile('b.xlsx', [plan('UBND xã B', { 'I.1': 2 })]),
    await unitFile('khac-mau.xlsx', [plan('UBND xã C', {}, '2024', 'tong-ket-pl3')]),
    await unitFile('khong-don-vi.xlsx', [plan('', { 'I.1': 4 })]),
    await unitFile('chinh-minh.xlsx', [plan('  ubnd HUYỆN Ân   Thi ', { 'I.1': 8 })]),
    await unitFile('trang-tinh.xlsx', [{ ...plan('UBND xã D', {}), cells: [] }]),
  ];
  const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện Ân Thi' });
  expect(r.log.map((l) => [l.file, l.status, l.reason])).toEqual([
    ['a.xlsx', 'merged', ''],
    ['b.xlsx', 'merged', ''],
    ['chinh-minh.xlsx', 'skipped', 'tệp tổng hợp của chính UBND huyện Ân Thi, không gộp lại vào chính nó'],
    ['khac-mau.xlsx', 'skipped', 'mẫu tong-ket-pl3, không phải dinh-ky'],
    ['khong-don-vi.xlsx', 'skipped', 'tệp không ghi đơn vị báo cáo'],
    ['trang-tinh.xlsx', 'skipped', 'Tệp "trang-tinh.xlsx" không có trang tính nào được tạo từ mẫu CCHC.'],
  ]);
  expect(r.values.get(cellKey('I.1', 'value'))).toBe(3);
  // C sent a file of another template: sent, not used; the consolidating unit's own file says nothing of who sent.
  expect(r.completeness).toEqual({
    expected: [],
    submitted: ['UBND xã A', 'UBND xã B'],
    missing: [],
    notUsed: [{ unit: 'UBND xã C', file: 'khac-mau.xlsx', why: { code: 'other-template', template: 'tong-ket-pl3', expected: 'dinh-ky' } }],
    duplicates: [],
    through: [],
    unexpected: [],
    proposed: [],
  });
});

test('the period and template merged are those most files report, unless asked; nothing readable is an error', async () => {
  const files = [
    await unitFile('a-q2.xlsx', [plan('UBND xã A', { 'I.1': 1 }, '2024-Q2')]),
    await unitFile('a-q3.xlsx', [plan('UBND xã A', { 'I.1': 2 })]),
    await unitFile('b-q3.xlsx', [plan('UBND xã B', { 'I.1': 3 })]),
  ];
  const most = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện' });
  expect([most.period, most.values.get(cellKey('I.1', 'value'))]).toEqual(['2024-Q3', 5]);
  const asked = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện', period: '2024-Q2' });
  expect([asked.period, asked.values.get(cellKey('I.1', 'value'))]).toEqual(['2024-Q2', 1]);
  expect(asked.log.find((l) => l.file === 'b-q3.xlsx')!.reason).toBe('kỳ 2024-Q3, không phải 2024-Q2');
  // Asked for what no file holds: an empty consolidation of that template and period, every file logged.
  const none = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện', period: '2023', templateId: 'dinh-ky' });
  expect([none.period, none.units.length, none.log.length]).toEqual(['2023', 0, 3]);
  expect(() =>
    mergeReports(
      [files[0]].map((f) => ({
        ...f,
        report: undefined,
        unreadable: { problem: { code: 'file-corrupt' as const, file: f.file, detail: 'hỏng' } },
      })),
      { catalogue: BUILT_IN, unit: 'UBND huyện' },
    ),
  ).toThrow('Không có tệp báo cáo nào đọc được theo mẫu CCHC để tổng hợp');
});

test('consolidated sheets merge one level up: sums and answer counts add, ratios are recomputed', async () => {
  const district = async (name: string, units: [string, Values][]) => {
    const files = await Promise.all(units.map(([u, v], i) => unitFile(`${name}-${i}.xlsx`, [plan(u, v)])));
    const r = mergeReports(files, { catalogue: BUILT_IN, unit: name });
    return unitFile(`${name}.xlsx`, mergeSheets(r));
  };
  const one = await district('UBND huyện Một', [
    ['UBND xã A', { 'I.5': 1, 'I.2.1': 4, 'I.2.2': 1 }],
    ['UBND xã B', { 'I.5': 0, 'I.2.1': 6, 'I.2.2': 6 }],
  ]);
  const two = await district('UBND huyện Hai', [
    ['UBND xã C', { 'I.5': 1, 'I.2.1': 10, 'I.2.2': 9 }],
    ['UBND xã D', { 'I.5': 1 }],
    ['UBND xã E', { 'I.2.1': 0 }],
  ]);
  const r = mergeReports([one, two], { catalogue: BUILT_IN, unit: 'UBND tỉnh' });
  expect(r.log.map((l) => l.status)).toEqual(['merged', 'merged']);
  expect(r.values.get(cellKey('I.5', 'value'))).toBe('3/4 đơn vị: Có; 1/4 đơn vị: Không');
  expect(r.values.get(cellKey('I.2.1', 'value'))).toBe(20);
  expect(r.derived.get(cellKey('I.2', 'value'))).toBeCloseTo(16 / 20, 12);
  // Units in name order: huyện Hai before huyện Một.
  expect(r.units.map((u) => [u.unit, u.values.get(cellKey('I.5', 'value'))])).toEqual([
    ['UBND huyện Hai', '2/2 đơn vị: Có'],
    ['UBND huyện Một', '1/2 đơn vị: Có; 1/2 đơn vị: Không'],
  ]);
});
