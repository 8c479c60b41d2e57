import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellKey } from '../../src/domain/sheet/identity';
import type { CellValue } from '../../src/domain/sheet/plan';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { readTemplateSheet, type TemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { cchc, tempDir } from '../support/cli';
import { libreOfficeConvert } from '../support/libreoffice';
import { template, BUILT_IN } from '../support/templates';

const T = template('dinh-ky');
type Values = Record<string, number | null>;

/** Known figures of commune i: some blanks, coded answers, money with decimals. */
function communeValues(i: number): Values {
  return {
    'I.1': i % 5 === 0 ? null : i % 4,
    'I.2.1': 5 + (i % 4),
    'I.2.2': i % 5,
    'I.4.1': 10 + i,
    'I.4.2': 8 + (i % 3),
    'I.5': i % 3 === 0 ? 0 : 1,
    'I.5.1': i % 3 === 0 ? null : 20 + i,
    'III.1.4': 100 + i,
    'III.3.1.1': 40 + i,
    'III.3.1.2': 38 + (i % 3),
    'VI.1.1': 1000.5 * i,
    'VI.1.2': 250.25 * i,
    'VII.2.1': i % 2,
    'VII.5.3.1': 50 + 2 * i,
    'VII.5.3.2': 20 + i,
    'IV.2.5': i % 2 ? 0.05 : null,
  };
}

async function communeFile(dir: string, name: string, unit: string, values: Values, period = '2024-Q3'): Promise<string> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const m = new Map<string, CellValue>(Object.entries(values).map(([c, v]) => [cellKey(c, 'value'), v]));
  await wb.addSheet(renderTemplate(T, { unit, period: parsePeriod(period), values: m }));
  const path = join(dir, name);
  writeFileSync(path, await wb.toBuffer());
  return path;
}

const unitName = (i: number) => `UBND xã Thử ${String(i).padStart(2, '0')}`;

async function readConsolidated(file: string): Promise<TemplateSheet> {
  const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(file));
  const name = (await wb.sheetNames()).find((n) => n.startsWith('Tổng hợp'))!;
  return readTemplateSheet(await wb.readSheet(name), BUILT_IN)!;
}

const raw = (s: TemplateSheet, code: string) => s.cells.get(cellKey(code, 'value'))!.raw;

describe('merging 25 communes', () => {
  let dir: string;
  let out: string;
  let report: {
    log: { file: string; unit: string; status: string; reason: string; errors: number }[];
    completeness: Record<string, string[]>;
    notes: string[];
  };
  const taken = new Map<number, Values>();

  beforeAll(async () => {
    dir = tempDir();
    for (let i = 1; i <= 25; i++) {
      taken.set(i, communeValues(i));
      await communeFile(dir, `xa-${i}.xlsx`, unitName(i), communeValues(i));
    }
    // Commune 7 sent an older file too: the newer one is taken.
    const old = await communeFile(dir, 'xa-7-cu.xlsx', unitName(7), { ...communeValues(7), 'I.4.1': 999 });
    utimesSync(old, new Date('2024-09-01'), new Date('2024-09-01'));
    await communeFile(dir, 'xa-26-quy-2.xlsx', unitName(26), communeValues(26), '2024-Q2');
    writeFileSync(join(dir, 'xa-27-hong.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    writeFileSync(
      join(dir, 'xa-28.xls'),
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(200)]),
    );
    const expected = join(dir, '..', `ds-${Date.now()}.txt`);
    writeFileSync(expected, [...Array.from({ length: 25 }, (_, k) => unitName(k + 1)), 'UBND xã Chưa Gửi'].join('\n'));
    out = join(tempDir(), 'huyen.xlsx');
    const r = cchc('merge', dir, '--out', out, '--unit', 'UBND huyện Ân Thi', '--expected', expected, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    report = JSON.parse(r.out);
  });

  test('sums counts and money over the units that reported (blanks are not zeros)', async () => {
    const s = await readConsolidated(out);
    for (const code of ['I.1', 'I.2.1', 'I.2.2', 'I.4.1', 'I.5.1', 'III.1.4', 'VII.5.3.1', 'VI.1.1', 'VI.1.2']) {
      const given = [...taken.values()].map((v) => v[code]).filter((v): v is number => v !== null && v !== undefined);
      expect(raw(s, code) as number).toBeCloseTo(
        given.reduce((a, b) => a + b, 0),
        9,
      );
    }
    expect(s.identity).toEqual({ templateId: 'dinh-ky', version: '1.1.0', unit: 'UBND huyện Ân Thi', period: '2024-Q3' });
  });

  test('recomputes ratios from the summed parts, as live formulas', async () => {
    const s = await readConsolidated(out);
    const sum = (code: string) => [...taken.values()].reduce((a, v) => a + (v[code] ?? 0), 0);
    expect(raw(s, 'I.2') as number).toBeCloseTo(sum('I.2.2') / sum('I.2.1'), 12);
    expect(raw(s, 'VII.5.3') as number).toBeCloseTo(sum('VII.5.3.2') / sum('VII.5.3.1'), 12);
    expect(raw(s, 'VI.1') as number).toBeCloseTo(sum('VI.1.2') / sum('VI.1.1'), 12);
    expect(s.cells.get('I.2@value')!.formula).toMatch(/^IF\(/);
    // A percentage without parts is neither summed nor averaged, and the log says so.
    expect(raw(s, 'IV.2.5')).toBeNull();
    expect(report.notes.some((n) => n.startsWith('IV.2.5: tỷ lệ không có tử số'))).toBe(true);
  });

  test('counts coded answers per code', async () => {
    const s = await readConsolidated(out);
    const yes = [...taken.values()].filter((v) => v['I.5'] === 1).length;
    expect(raw(s, 'I.5')).toBe(`${yes}/25 đơn vị: Có; ${25 - yes}/25 đơn vị: Không`);
    const on = [...taken.values()].filter((v) => v['VII.2.1'] === 1).length;
    expect(raw(s, 'VII.2.1')).toBe(`${on}/25 đơn vị: Đã có; ${25 - on}/25 đơn vị: Chưa có`);
  });

  test('logs every file: taken, duplicate, other period, corrupt, .xls; completeness against the list', () => {
    const status = Object.fromEntries(report.log.map((l) => [l.file, `${l.status}|${l.reason}`]));
    expect(report.log).toHaveLength(29);
    expect(report.log.filter((l) => l.status === 'merged')).toHaveLength(25);
    expect(status['xa-7-cu.xlsx']).toBe(`skipped|trùng đơn vị ${unitName(7)}: đã lấy tệp mới hơn xa-7.xlsx`);
    expect(status['xa-26-quy-2.xlsx']).toBe('skipped|kỳ 2024-Q2, không phải 2024-Q3');
    expect(status['xa-27-hong.xlsx']).toMatch(/^skipped\|Tệp "xa-27-hong.xlsx" bị hỏng/);
    expect(status['xa-28.xls']).toMatch(/^skipped\|Tệp "xa-28.xls" là tệp Excel 97–2003 \(.xls\) nhưng LibreOffice không chuyển được/);
    expect(report.completeness.missing).toEqual(['UBND xã Chưa Gửi']);
    expect(report.completeness.duplicates).toEqual([unitName(7)]);
  });

  test('writes the breakdown by unit and the log as sheets', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp 2024-Q3',
      'Chi tiết theo đơn vị',
      'Mục tiêu',
      'Biểu đồ',
      'Nhật ký tổng hợp',
    ]);
    const detail = wb.getWorksheet('Chi tiết theo đơn vị')!;
    const header = detail.getRow(4).values as unknown[];
    expect(header.slice(1, 6)).toEqual(['Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị có số liệu']);
    expect(header.slice(6)).toEqual(Array.from({ length: 25 }, (_, k) => unitName(k + 1)));
    let i1: unknown[] | undefined;
    detail.eachRow((row) => {
      if (row.getCell(1).value === 'I.1') i1 = row.values as unknown[];
    });
    expect(i1![5]).toBe(20); // 5 communes left I.1 empty
    expect(i1!.slice(6)).toEqual(
      Array.from({ length: 25 }, (_, k) => communeValues(k + 1)['I.1'] ?? null).map((v) => (v === null ? undefined : v)),
    );
    const log = wb.getWorksheet('Nhật ký tổng hợp')!;
    const texts: unknown[] = [];
    log.eachRow((row) => row.eachCell((c) => texts.push(c.value)));
    expect(texts).toContain('Chưa nộp: UBND xã Chưa Gửi');
  });

  test('LibreOffice recalculates the consolidated ratios to the summed parts', async () => {
    const sum = (code: string) => [...taken.values()].reduce((a, v) => a + (v[code] ?? 0), 0);
    // The four ratios whose parts were reported, worked out from the communes' figures.
    const want: Record<string, number> = {
      'I.2': sum('I.2.2') / sum('I.2.1'),
      'III.3.1': sum('III.3.1.2') / sum('III.3.1.1'),
      'VI.1': sum('VI.1.2') / sum('VI.1.1'),
      'VII.5.3': sum('VII.5.3.2') / sum('VII.5.3.1'),
    };
    const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(out));
    const ws = wb.workbook.getWorksheet('Tổng hợp 2024-Q3')!;
    const formulas: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        formulas.push(cell.address);
        cell.value = { formula: cell.formula };
      }),
    );
    const s = await readConsolidated(out);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(libreOfficeConvert(await wb.toBuffer()) as unknown as ArrayBuffer);
    const lo = back.getWorksheet('Tổng hợp 2024-Q3')!;
    for (const [code, v] of Object.entries(want)) {
      const c = s.cells.get(cellKey(code, 'value'))!;
      expect([code, lo.getCell(c.row, c.col).result as number]).toEqual([code, expect.closeTo(v, 12)]);
    }
    // Every other formula (ratios without parts, totals of empty parts) is blank.
    const ratioCells = new Set(
      Object.keys(want)
        .map((code) => s.cells.get(cellKey(code, 'value'))!)
        .map((c) => lo.getCell(c.row, c.col).address),
    );
    for (const a of formulas.filter((x) => !ratioCells.has(x))) expect([a, lo.getCell(a).result ?? '']).toEqual([a, '']);
  });

  test('the same inputs in another order give the same output', async () => {
    const files = Array.from({ length: 25 }, (_, k) => join(dir, `xa-${25 - k}.xlsx`));
    const out2 = join(tempDir(), 'dao.xlsx');
    expect(cchc('merge', ...files, '--out', out2, '--unit', 'UBND huyện Ân Thi').code).toBe(0);
    const a = await readConsolidated(out);
    const b = await readConsolidated(out2);
    for (const [k, c] of a.cells) expect([k, b.cells.get(k)!.raw]).toEqual([k, c.raw]);
  });

  test('merging two district outputs gives the province the same figures as merging all communes', async () => {
    const d1 = join(tempDir(), 'huyen-1.xlsx');
    const d2 = join(tempDir(), 'huyen-2.xlsx');
    const files = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => join(dir, `xa-${from + k}.xlsx`));
    expect(cchc('merge', ...files(1, 12), '--out', d1, '--unit', 'UBND huyện Một').code).toBe(0);
    expect(cchc('merge', ...files(13, 25), '--out', d2, '--unit', 'UBND huyện Hai').code).toBe(0);
    const twoLevels = join(tempDir(), 'tinh-2-cap.xlsx');
    const r = cchc('merge', d1, d2, '--out', twoLevels, '--unit', 'UBND tỉnh Hưng Yên', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { log: { status: string }[] }).log.map((l) => l.status)).toEqual(['merged', 'merged']);
    const direct = join(tempDir(), 'tinh-1-cap.xlsx');
    expect(cchc('merge', ...files(1, 25), '--out', direct, '--unit', 'UBND tỉnh Hưng Yên').code).toBe(0);
    const a = await readConsolidated(twoLevels);
    const b = await readConsolidated(direct);
    for (const [k, c] of b.cells) {
      const got = a.cells.get(k)!.raw;
      if (typeof c.raw === 'number') expect([k, got as number]).toEqual([k, expect.closeTo(c.raw, 9)]);
      else expect([k, got]).toEqual([k, c.raw]);
    }
  });
});

describe('files with check errors', () => {
  let dir: string;
  // Communes 3, 6 and 9 answered no survey (I.5 = 0): their files are clean but for this one.
  const bad = { ...communeValues(9), 'I.2.1': 5, 'I.2.2': 9 }; // 9 tasks done out of 5 planned
  beforeAll(async () => {
    dir = tempDir();
    await communeFile(dir, 'xa-3.xlsx', unitName(3), communeValues(3));
    await communeFile(dir, 'xa-6.xlsx', unitName(6), communeValues(6));
    await communeFile(dir, 'xa-loi.xlsx', unitName(9), bad);
  });
  type Report = {
    log: { file: string; status: string; reason: string; errors: number }[];
    errors: { file: string; unit: string; sheet: string; cell: string; code: string; rule: string; message: string }[];
  };
  const merge = (out: string, ...extra: string[]) => {
    const r = cchc('merge', dir, '--out', out, '--unit', 'UBND huyện Ân Thi', '--json', ...extra);
    expect(r.code).toBe(0);
    return JSON.parse(r.out) as Report;
  };

  test('are merged by default, with their errors listed in the log and flagged in the breakdown', async () => {
    const out = join(tempDir(), 'huyen.xlsx');
    const report = merge(out);
    const entry = report.log.find((l) => l.file === 'xa-loi.xlsx')!;
    expect(entry.status).toBe('merged');
    expect(entry.reason).toBe(`có ${entry.errors} lỗi khi kiểm tra (vẫn gộp)`);
    expect(report.errors.length).toBe(entry.errors);
    const i22 = report.errors.find((e) => e.code === 'I.2.2')!;
    expect(i22).toMatchObject({ file: 'xa-loi.xlsx', unit: unitName(9) });
    expect(report.errors.every((e) => e.file === 'xa-loi.xlsx')).toBe(true);
    expect(raw(await readConsolidated(out), 'I.2.1')).toBe(communeValues(3)['I.2.1']! + communeValues(6)['I.2.1']! + 5);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const detail = wb.getWorksheet('Chi tiết theo đơn vị')!;
    const units = (detail.getRow(4).values as unknown[]).slice(6);
    const badCol = 6 + units.indexOf(unitName(9));
    const rowOf = (code: string) => {
      let found = 0;
      detail.eachRow((row, r) => {
        if (row.getCell(1).value === code) found = r;
      });
      return detail.getRow(found);
    };
    const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(rowOf('I.2.2').getCell(badCol).value).toBe(9);
    expect(fill(rowOf('I.2.2').getCell(badCol))).toBe('FFF4817F');
    expect(fill(rowOf('I.2.2').getCell(badCol - 1))).toBeUndefined();
    expect(fill(rowOf('I.2.1').getCell(badCol - 1))).toBeUndefined();
    const counts = detail.getRow(5);
    expect(counts.getCell(2).value).toMatch(/^Số lỗi khi kiểm tra/);
    expect(counts.getCell(badCol).value).toBe(entry.errors);
    expect(counts.getCell(4).value).toBe(entry.errors);

    const log = wb.getWorksheet('Nhật ký tổng hợp')!;
    const lines: string[] = [];
    log.eachRow((row) =>
      lines.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (v === null || v === undefined ? '' : String(v as string | number)))
          .join('|'),
      ),
    );
    const columnB: unknown[] = [];
    log.eachRow((row) => columnB.push(row.getCell(2).value));
    expect(columnB).toContain(
      `Lỗi khi kiểm tra các tệp: ${entry.errors} lỗi trong 1 tệp (tệp được gộp hay bị loại: xem cột Trạng thái ở trên)`,
    );
    // The error list as the sheet lays it out: the message runs on to the last column (merged cells read back with its text).
    const errorLine = lines.find((l) => l.startsWith(`1|xa-loi.xlsx|${unitName(9)}|`))!.split('|');
    expect(errorLine.slice(0, 10)).toEqual([
      '1',
      'xa-loi.xlsx',
      unitName(9),
      i22.cell,
      'I.2.2',
      i22.rule,
      '',
      i22.sheet,
      'lỗi',
      i22.message,
    ]);
    expect(new Set(errorLine.slice(9))).toEqual(new Set([i22.message]));
  });

  test('are left out on request, their errors still listed', async () => {
    const out = join(tempDir(), 'huyen-sach.xlsx');
    const report = merge(out, '--exclude-errors');
    const entry = report.log.find((l) => l.file === 'xa-loi.xlsx')!;
    expect(entry.status).toBe('skipped');
    expect(entry.reason).toBe(`có ${entry.errors} lỗi khi kiểm tra (đã chọn loại tệp có lỗi)`);
    expect(report.errors.length).toBe(entry.errors);
    expect(raw(await readConsolidated(out), 'I.2.1')).toBe(communeValues(3)['I.2.1']! + communeValues(6)['I.2.1']!);
  });
});

test('the expected units can be a one-column sheet of an .xlsx file', async () => {
  const dir = tempDir();
  for (const i of [3, 6]) await communeFile(dir, `xa-${i}.xlsx`, unitName(i), communeValues(i));
  const list = new ExcelJS.Workbook();
  const ws = list.addWorksheet('Danh sách');
  ws.addRows([
    ['STT', 'Tên đơn vị'],
    [1, unitName(3)],
    [2, unitName(6)],
    [3, 'UBND xã Chưa Gửi'],
  ]);
  const listFile = join(tempDir(), 'don-vi.xlsx');
  await list.xlsx.writeFile(listFile);
  const r = cchc('merge', dir, '--out', join(tempDir(), 'huyen.xlsx'), '--unit', 'UBND huyện Ân Thi', '--expected', listFile, '--json');
  expect(r.code).toBe(0);
  expect((JSON.parse(r.out) as { completeness: Record<string, string[]> }).completeness).toMatchObject({
    expected: [unitName(3), unitName(6), 'UBND xã Chưa Gửi'],
    missing: ['UBND xã Chưa Gửi'],
  });
});

describe('the result file and the sources', () => {
  test('a result written over one of the sources is refused, the source left as it was', async () => {
    const dir = tempDir();
    const source = await communeFile(dir, 'xa-1.xlsx', unitName(1), communeValues(1));
    const before = readFileSync(source);
    const r = cchc('merge', dir, '--out', source, '--unit', 'UBND huyện Ân Thi');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Tệp kết quả "${source}" chính là tệp đầu vào "${source}"`);
    expect(readFileSync(source).equals(before)).toBe(true);
  });

  test('a result saved among the sources is not merged into itself the next time', async () => {
    const dir = tempDir();
    for (const i of [3, 6]) await communeFile(dir, `xa-${i}.xlsx`, unitName(i), communeValues(i));
    const out = join(dir, 'huyen.xlsx');
    expect(cchc('merge', dir, '--out', out, '--unit', 'UBND huyện Ân Thi').code).toBe(0);
    const first = raw(await readConsolidated(out), 'I.2.1');
    const again = join(tempDir(), 'lan-2.xlsx');
    const r = cchc('merge', dir, '--out', again, '--unit', 'UBND huyện Ân Thi', '--json');
    const log = (JSON.parse(r.out) as { log: { file: string; status: string; reason: string }[] }).log;
    expect(log.find((l) => l.file === 'huyen.xlsx')).toMatchObject({
      status: 'skipped',
      reason: 'tệp tổng hợp của chính UBND huyện Ân Thi, không gộp lại vào chính nó',
    });
    expect(raw(await readConsolidated(again), 'I.2.1')).toBe(first);
  });
});

test('units come in the order people expect: xã 2 before xã 10', async () => {
  const dir = tempDir();
  for (const i of [10, 2, 1]) await communeFile(dir, `xa-${i}.xlsx`, `UBND xã Thử ${i}`, communeValues(3));
  const out = join(tempDir(), 'huyen.xlsx');
  const r = cchc('merge', dir, '--out', out, '--unit', 'UBND huyện Ân Thi', '--json');
  expect((JSON.parse(r.out) as { log: { file: string }[] }).log.map((l) => l.file)).toEqual(['xa-1.xlsx', 'xa-2.xlsx', 'xa-10.xlsx']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  expect((wb.getWorksheet('Chi tiết theo đơn vị')!.getRow(4).values as unknown[]).slice(6)).toEqual([
    'UBND xã Thử 1',
    'UBND xã Thử 2',
    'UBND xã Thử 10',
  ]);
});
