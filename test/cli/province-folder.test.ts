import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cchc, tempDir } from '../support/cli';
import { LISTED, provinceFolder } from '../support/province-folder';

interface Json {
  log: { file: string; unit: string; status: string; why?: { code: string }; covers?: string[] }[];
  completeness: {
    missing: string[];
    notUsed: { unit: string; file: string; why?: { code: string } }[];
    through: { unit: string; file: string; consolidation: string }[];
    unexpected: string[];
    proposed: unknown[];
  };
  outliers: { unit: string; code: string }[];
  timeliness: {
    dueBefore: string | null;
    late: { unit: string; days: number; source: string }[];
    sent: { unit: string; day: string; source: string }[];
  };
}

/** A province's folder merged once: the JSON, and the workbook's sheets as rows of cell values. */
let json: Json;
let book: ExcelJS.Workbook;
let dir: string;
let inputs: string[];
beforeAll(async () => {
  dir = tempDir();
  inputs = await provinceFolder(join(dir, 'nhan'));
  writeFileSync(join(dir, 'don-vi.txt'), LISTED.join('\n'));
  const r = cchc(
    'merge',
    ...inputs,
    '--unit',
    'Sở Nội vụ tỉnh Hưng Yên',
    '--expected',
    join(dir, 'don-vi.txt'),
    '--out',
    join(dir, 'tong-hop.xlsx'),
    '--json',
  );
  expect(r.code).toBe(0);
  json = JSON.parse(r.out) as Json;
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'tong-hop.xlsx'));
}, 120_000);

const rows = (sheet: string) => {
  const out: unknown[][] = [];
  book.getWorksheet(sheet)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

test('only the unit that sent nothing is missing; a file of another quarter is sent but not used; a name without diacritics is its unit', () => {
  expect(json.completeness.missing).toEqual(['UBND xã Hồng Hà']);
  expect(json.completeness.notUsed).toEqual([
    { unit: 'UBND xã Tân Tiến', file: 'tan-tien-quy-2.xlsx', why: { code: 'other-period', period: '2024-Q2', expected: '2024-Q3' } },
  ]);
  // "UBND xa Binh Minh" is "UBND xã Bình Minh" of the list; the district's consolidation stands for two listed communes.
  expect(json.completeness.unexpected).toEqual([]);
  expect(json.completeness.proposed).toEqual([]);
  const log = rows('Nhật ký tổng hợp').map((r) => r[1]);
  expect(log).toContain('Đơn vị phải nộp: 9; đã nộp và được tổng hợp: 7; đã nộp nhưng không dùng: 1; chưa nộp: 1');
  expect(log).toContain('Chưa nộp: UBND xã Hồng Hà');
});

test('each commune is counted once: the district’s consolidation stands for An Bình and Cẩm Phúc, whose own files are logged, not added', () => {
  expect(json.completeness.through).toEqual([
    { unit: 'UBND xã An Bình', file: 'huyen-an-thi-tong-hop.xlsx', consolidation: 'UBND huyện Ân Thi' },
    { unit: 'UBND xã Cẩm Phúc', file: 'huyen-an-thi-tong-hop.xlsx', consolidation: 'UBND huyện Ân Thi' },
  ]);
  const status = Object.fromEntries(json.log.map((l) => [l.file, [l.status, l.why?.code ?? l.covers?.join(', ')]]));
  expect(status['an-binh.xlsx']).toEqual(['skipped', 'in-consolidation']);
  expect(status['cam-phuc.xlsx']).toEqual(['skipped', 'in-consolidation']);
  expect(status['huyen-an-thi-tong-hop.xlsx']).toEqual(['merged', 'UBND xã An Bình, UBND xã Cẩm Phúc']);
  // By hand: I.2.1 = (10 + 10) Ân Thi + 10 Bình Minh + 7 Bắc Sơn + 11 Đông Thọ + 10 Phú Xuân + 10 Quảng Lãng = 68 (88 if the
  // district's two were added again); I.2.2 = 18 + 9 + 5 + 10 + 9 + 9 = 60.
  const total = new Map(rows('Tổng hợp 2024-Q3').map((r) => [r[0], r[4]]));
  expect(total.get('I.2.1')).toBe(68);
  expect(total.get('I.2.2')).toBe(60);
  expect(total.get('VII.5.3.1')).toBe(200 + 100 + 5 + 101 + 100 + 100);
});

test('no target, chart or share counts Bắc Sơn’s 120%, which the check calls an error, as met', () => {
  const targets = rows('Mục tiêu');
  const header = targets.find((r) => r[0] === 'Mã')!;
  const d17 = targets.find((r) => r[0] === 'D17')!;
  // Ân Thi 180/200, Bình Minh 90%, Đông Thọ 91/101, Phú Xuân 1%, Quảng Lãng 90%: none reaches 100%; Bắc Sơn apart.
  expect(d17.slice(5, 7)).toEqual(['Không đạt (gồm số liệu lỗi của 1 đơn vị)', '0/5; 1 đơn vị số liệu lỗi, không xét']);
  expect(d17[header.indexOf('UBND xã Bắc Sơn')]).toBe('120% — lỗi, không xét');
  const own = targets.find((r) => r[0] === 'BS2024-1')!;
  expect(own[6]).toBe('1 đơn vị số liệu lỗi, không xét');
  const charts = rows('Biểu đồ');
  const online = charts.findIndex((r) => String(r[0]).startsWith('VII.5.3.'));
  const table = charts.slice(online + 3, online + 9).map((r) => [r[1], r[2]]);
  expect(table.at(-1)).toEqual(['UBND xã Bắc Sơn', '120% — lỗi, không xét']);
  expect(table.slice(0, 5).map(([, v]) => typeof v)).toEqual(Array(5).fill('number'));
  const share = charts.find((r) => r[0] === 'D17')!;
  expect(share.slice(2, 4)).toEqual([0, '0/5; 1 lỗi, không xét']);
});

test('nobody is late without a rule, and a file’s save date never makes a unit late', () => {
  expect(json.timeliness.dueBefore).toBeNull();
  expect(json.timeliness.late).toEqual([]);
  expect(json.timeliness.sent.find((s) => s.unit === 'UBND xã Bắc Sơn')).toMatchObject({ day: '15/9/2024', source: 'report' });
  // Under Gia Lai's rule (before the 5th), Bắc Sơn's report of 15/9 is 11 days late; the others, known only by their save date, are not judged.
  const rules = join(dir, 'gia-lai.json');
  writeFileSync(rules, JSON.stringify({ name: 'Gia Lai', quarterBefore: 5 }));
  const r = cchc('merge', ...inputs, '--unit', 'Sở Nội vụ tỉnh Hưng Yên', '--deadlines', rules, '--out', join(dir, 'x.xlsx'), '--json');
  const late = (JSON.parse(r.out) as Json).timeliness.late;
  expect(late.map((l) => [l.unit, l.days, l.source])).toEqual([['UBND xã Bắc Sơn', 11, 'report']]);
});

test('a unit one count off four alike is no outlier; 1% online where the others have 90% is', () => {
  expect(json.outliers.filter((o) => o.unit === 'UBND xã Đông Thọ')).toEqual([]);
  expect(json.outliers.filter((o) => o.unit === 'UBND xã Phú Xuân').map((o) => o.code)).toEqual(['VII.5.3']);
  // Bắc Sơn's rate is in error: neither compared nor called unusual.
  expect(json.outliers.filter((o) => o.unit === 'UBND xã Bắc Sơn' && o.code === 'VII.5.3')).toEqual([]);
});
