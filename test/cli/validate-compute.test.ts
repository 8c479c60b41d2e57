import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { bacSonFile, cchc, tempDir } from '../support/cli';
import { BUILT_IN } from '../support/templates';

describe('cchc validate', () => {
  test('lists the findings as JSON and exits 1 when there are errors', () => {
    const file = bacSonFile(tempDir());
    const r = cchc('validate', file, '--json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as Record<string, unknown>[];
    for (const f of findings)
      expect(Object.keys(f)).toEqual(['sheet', 'cell', 'code', 'rule', 'severity', 'message', 'expected', 'actual']);
    expect(findings.find((f) => f.code === 'I.2')).toMatchObject({
      sheet: 'Phụ lục 2024-Q3',
      cell: 'E12',
      rule: 'R01',
      severity: 'error',
      actual: 0.8,
    });
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(8);
  });

  test('exits 0 without errors, 2 when the file cannot be read', () => {
    const dir = tempDir();
    const blank = join(dir, 'mau.xlsx');
    cchc('template', 'tong-ket-pl8', '--out', blank);
    const ok = cchc('validate', blank);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('0 lỗi');
    const bad = join(dir, 'hong.xlsx');
    writeFileSync(bad, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const r = cchc('validate', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tệp "hong.xlsx" bị hỏng');
  });
});

test('validate on a folder reports each file, an unreadable one included, and exits 2', () => {
  const dir = tempDir();
  bacSonFile(dir);
  writeFileSync(join(dir, 'khong-phai-excel.xlsx'), 'xin chào');
  const r = cchc('validate', dir, '--json');
  expect(r.code).toBe(2);
  const reports = JSON.parse(r.out) as { file: string; findings?: unknown[]; error?: string }[];
  expect(reports.map((x) => x.file.split('/').pop())).toEqual(['bac-son.xlsx', 'khong-phai-excel.xlsx', 'mau.xlsx']);
  expect(reports[0].findings).toHaveLength(24);
  expect(reports[1].error).toContain('không phải là tệp Excel .xlsx');
});

describe('cchc compute', () => {
  test('restores the formulas of the derived indicators, lists old → new, leaves the source untouched', () => {
    const dir = tempDir();
    const file = bacSonFile(dir);
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    const out = join(dir, 'tinh.xlsx');
    const r = cchc('compute', file, '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
    const changes = JSON.parse(r.out) as {
      code: string;
      oldValue: unknown;
      newValue: number | null;
      newFormula?: string;
      description: string;
    }[];
    const i2 = changes.find((c) => c.code === 'I.2')!;
    expect(i2.oldValue).toBe(0.8);
    expect(i2.newValue).toBeCloseTo(5 / 7, 12);
    expect(i2.newFormula).toMatch(/^IF\(/);
    expect(i2.description).toBe('I.2: 80% → 71,4% (=I.2.2 / I.2.1)');
    // Every ratio whose formula was replaced by a typed value gets it back, even when the value was right.
    expect(changes.map((c) => c.code).sort()).toEqual(
      ['I.2', 'I.3.2', 'II.2.2', 'II.3.2', 'III.3.1', 'III.3.2', 'VI.1', 'VII.5.1', 'VII.5.2', 'VII.5.3', 'VII.5.4'].sort(),
    );

    const after = JSON.parse(cchc('validate', out, '--json').out) as { rule: string; code: string }[];
    for (const rule of ['R01', 'R02', 'R03', 'R04', 'R08', 'R09', 'R10', 'R38']) expect(after.filter((f) => f.rule === rule)).toEqual([]);
    expect(after.find((f) => f.code === 'VII.5.3.2' && f.rule === 'R26')).toBeDefined(); // the parts stay wrong: computing does not hide them
  });

  test('--values-only writes plain computed values', async () => {
    const dir = tempDir();
    const out = join(dir, 'tinh.xlsx');
    const r = cchc('compute', bacSonFile(dir), '--out', out, '--values-only', '--json');
    expect(r.code).toBe(0);
    const changes = JSON.parse(r.out) as { code: string; newFormula?: string }[];
    expect(changes.every((c) => c.newFormula === undefined)).toBe(true);
    // Bắc Sơn's parts, worked out by hand; a zero denominator leaves the ratio blank.
    const want: Record<string, number | null> = {
      'I.2': 5 / 7,
      'I.3.2': null,
      'II.2.2': null,
      'II.3.2': null,
      'III.3.1': 376 / 376,
      'III.3.2': null,
      'VI.1': 3598 / 17465,
      'VII.5.1': 107 / 107,
      'VII.5.2': 2 / 99,
      'VII.5.3': 6 / 5,
      'VII.5.4': 24 / 24,
    };
    const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(out));
    const sheet = readTemplateSheet(await wb.readSheet('Phụ lục 2024-Q3'), BUILT_IN)!;
    for (const [code, v] of Object.entries(want)) {
      const cell = sheet.cells.get(`${code}@value`)!;
      expect([code, cell.formula]).toEqual([code, null]);
      expect([code, cell.raw]).toEqual([code, v === null ? null : expect.closeTo(v, 12)]);
    }
  });
});
