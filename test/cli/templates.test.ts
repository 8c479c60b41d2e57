import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { cchc, tempDir } from '../support/cli';
import { BUILT_IN } from '../support/templates';

const IDS = ['dinh-ky', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `tong-ket-pl${n}`), 'tong-ket-huyen-pl2', 'tien-do-huyen', 'par-index'];
const SAMPLE_CSV = resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

async function readSheet(file: string) {
  const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(file));
  const [name] = await wb.sheetNames();
  return readTemplateSheet(await wb.readSheet(name), BUILT_IN)!;
}

describe('cchc templates', () => {
  test('--json lists every template; dinh-ky has 121 indicator rows in 7 sections', () => {
    const r = cchc('templates', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; rows: number; sections: number }[];
    expect(list.map((t) => t.id)).toEqual(IDS);
    expect(list.find((t) => t.id === 'dinh-ky')).toMatchObject({ rows: 121, sections: 7 });
  });

  test('plain listing names the templates in Vietnamese', () => {
    const r = cchc('templates');
    expect(r.code).toBe(0);
    expect(r.out).toContain('dinh-ky');
    expect(r.out).toContain('dòng');
  });
});

describe('cchc template', () => {
  test('writes a template sheet with unit and period', async () => {
    const out = join(tempDir(), 'a.xlsx');
    const r = cchc('template', 'dinh-ky', '--out', out, '--unit', 'UBND xã Bắc Sơn', '--period', '2024-Q3');
    expect(r.code).toBe(0);
    const sheet = await readSheet(out);
    expect(sheet.identity).toEqual({ templateId: 'dinh-ky', version: '1.1.0', unit: 'UBND xã Bắc Sơn', period: '2024-Q3' });
    expect(sheet.rowOf.size).toBe(121);
  });

  test('bad id, bad period and missing --out get clear messages and exit 2', () => {
    const dir = tempDir();
    expect(cchc('template', 'khong-co', '--out', join(dir, 'x.xlsx'))).toMatchObject({
      code: 2,
      err: expect.stringContaining('Không có mẫu "khong-co"'),
    });
    expect(cchc('template', 'dinh-ky', '--out', join(dir, 'x.xlsx'), '--period', '2024-Q5')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Kỳ báo cáo "2024-Q5" không hợp lệ'),
    });
    expect(cchc('template', 'dinh-ky').code).toBe(2);
    expect(cchc('lenh-la').err).toContain('Lệnh "lenh-la" không có');
  });
});

describe('cchc fill', () => {
  test("writes Bắc Sơn's reported values, leaves the source untouched and recomputes formulas", async () => {
    const dir = tempDir();
    const src = join(dir, 'mau.xlsx');
    const out = join(dir, 'bac-son.xlsx');
    expect(cchc('template', 'dinh-ky', '--out', src, '--unit', 'UBND xã Bắc Sơn', '--period', '2024-Q3').code).toBe(0);
    const before = sha(src);
    const r = cchc('fill', src, '--values', SAMPLE_CSV, '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(sha(src)).toBe(before);
    const report = JSON.parse(r.out) as { outcomes: { code: string; status: string; replacedFormula?: boolean }[] };
    expect(report.outcomes.every((o) => o.status === 'written')).toBe(true);
    expect(report.outcomes.find((o) => o.code === 'I.2')).toMatchObject({ replacedFormula: true });

    const sheet = await readSheet(out);
    const raw = (code: string) => sheet.cells.get(`${code}@value`)!;
    expect(raw('I.2').raw).toBe(0.8); // the reported 80%, as sent
    expect(raw('I.2').formula).toBeNull();
    expect(raw('VI.1.1').raw).toBe(17465); // "17.465" read the Vietnamese way
    expect(raw('VII.2.1').raw).toBe(1); // "01"
    expect(raw('IV.2.5').raw).toBeCloseTo(0.15, 12);
    expect(raw('VI.2.1').formula).toBeTruthy(); // untouched derived cell keeps its formula
  });

  test('values that do not fit are reported, never dropped silently (exit 1)', async () => {
    const dir = tempDir();
    const src = join(dir, 'mau.xlsx');
    const csv = join(dir, 'v.csv');
    const out = join(dir, 'out.xlsx');
    cchc('template', 'dinh-ky', '--out', src);
    writeFileSync(csv, 'code;value\nI.2.1;7\nI.9.9;3\nI.2.2;12 nhiệm vụ\nI.3;4\nIII.3.1.1;3.598,5\n');
    const r = cchc('fill', src, '--values', csv, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Đã ghi 2/5 giá trị');
    expect(r.err).toContain('mã chỉ tiêu "I.9.9" không có trong mẫu dinh-ky');
    expect(r.err).toContain('"12 nhiệm vụ" không phải là số; có phải là 12?');
    expect(r.err).toContain('I.3 là dòng nhóm');
    const sheet = await readSheet(out);
    expect(sheet.cells.get('I.2.1@value')!.raw).toBe(7);
    expect(sheet.cells.get('I.2.2@value')!.raw).toBeNull();
  });

  test('a file that is not a template, not .xlsx or missing gets a Vietnamese message and exit 2', () => {
    const dir = tempDir();
    const txt = join(dir, 'khong-phai.xlsx');
    writeFileSync(txt, 'xin chào');
    expect(cchc('fill', txt, '--values', SAMPLE_CSV, '--out', join(dir, 'o.xlsx'))).toMatchObject({
      code: 2,
      err: expect.stringContaining('không phải là tệp Excel .xlsx'),
    });
    expect(cchc('fill', join(dir, 'khong-co.xlsx'), '--values', SAMPLE_CSV, '--out', join(dir, 'o.xlsx')).err).toContain(
      'Không mở được tệp',
    );
  });
});
