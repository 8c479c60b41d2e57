import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parsePeriod } from '../../src/domain/period';
import { cchc, tempDir } from '../support/cli';
import { cellValues, template, templateXlsx } from '../support/workbooks';

/** Three communes' files dated as they arrived (noon in Vietnam). */
async function files(dir: string): Promise<string[]> {
  const dated: [string, Date][] = [
    ['UBND xã An Bình', new Date(Date.UTC(2024, 8, 3, 5))],
    ['UBND xã Bắc Sơn', new Date(Date.UTC(2024, 8, 7, 5))],
    ['UBND xã Cẩm Phúc', new Date(Date.UTC(2024, 4, 1, 5))],
  ];
  const paths = [];
  for (const [unit, when] of dated) {
    const { bytes } = await templateXlsx(template('dinh-ky'), { unit, period: parsePeriod('2024-Q3'), values: cellValues({ 'I.1': 1 }) });
    const path = join(dir, `${unit}.xlsx`);
    writeFileSync(path, bytes);
    utimesSync(path, when, when);
    paths.push(path);
  }
  return paths;
}

interface Timeliness {
  dueBefore: string;
  window: { from: string; to: string };
  late: { unit: string; day: string; days: number; source: string }[];
  stale: { unit: string; day: string }[];
  undated: string[];
}

test('cchc merge names who sent late against the quarter’s deadline, and a file older than the period', async () => {
  const dir = tempDir();
  const inputs = await files(dir);
  const r = cchc('merge', ...inputs, '--out', join(dir, 'tong-hop.xlsx'), '--unit', 'Sở Nội vụ tỉnh Hưng Yên', '--json');
  expect(r.code).toBe(0);
  const t = (JSON.parse(r.out) as { timeliness: Timeliness }).timeliness;
  // Due before 5 September: the 7th is three days late. Cẩm Phúc's file dates from May, before the figures began on 15 June.
  expect(t).toEqual({
    dueBefore: '05/9/2024',
    window: { from: '15/6/2024', to: '14/9/2024' },
    late: [{ unit: 'UBND xã Bắc Sơn', file: 'UBND xã Bắc Sơn.xlsx', day: '07/9/2024', days: 3, source: 'file' }],
    stale: [{ unit: 'UBND xã Cẩm Phúc', file: 'UBND xã Cẩm Phúc.xlsx', day: '01/5/2024', source: 'file' }],
    early: [],
    undated: [],
  });
});

test('a day given per unit, and the province’s own due day and window, stand over the defaults', async () => {
  const dir = tempDir();
  const inputs = await files(dir);
  const out = join(dir, 'tong-hop.xlsx');
  const r = cchc(
    'merge',
    ...inputs,
    '--out',
    out,
    '--unit',
    'Sở Nội vụ tỉnh Hưng Yên',
    '--submitted',
    'UBND xã Cẩm Phúc=16/9/2024',
    '--due-before',
    '16/9/2024',
    '--window',
    '15/6/2024-10/9/2024',
  );
  expect(r.code).toBe(0);
  expect(r.out).toContain('Nộp muộn (số ngày): UBND xã Cẩm Phúc (1)');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const lines: string[] = [];
  wb.getWorksheet('Nhật ký tổng hợp')!.eachRow((row) => lines.push(row.getCell(2).text));
  expect(lines).toContain(
    'Hạn nộp báo cáo quý III năm 2024: trước ngày 16/9/2024; kỳ số liệu từ 15/6/2024 đến 10/9/2024. Ngày nộp lấy theo ngày sửa tệp (có thể là ngày tải về) trừ khi được nhập cho đơn vị.',
  );
  expect(lines).toContain('Nộp muộn: UBND xã Cẩm Phúc (16/9/2024, muộn 1 ngày, ngày được nhập)');
  // The window closes before the due day: the files of 3 and 7 September, inside it, may not hold the whole quarter.
  expect(lines).toContain(
    'Lập trước khi kỳ số liệu khép lại (số liệu có thể chưa đủ kỳ): UBND xã An Bình (03/9/2024, ngày sửa tệp); UBND xã Bắc Sơn (07/9/2024, ngày sửa tệp)',
  );

  for (const bad of [
    ['--submitted', 'UBND xã A=31/2/2024'],
    ['--due-before', 'mai'],
    ['--window', '15/6/2024'],
  ]) {
    const wrong = cchc('merge', ...inputs, '--out', join(dir, 'x.xlsx'), ...bad);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(bad[0]);
  }
});
