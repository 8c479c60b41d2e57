import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parsePeriod } from '../../src/domain/period';
import { cchc, tempDir } from '../support/cli';
import { cellValues, template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';

/** Three communes' reports dated as they were signed, and a fourth with no date; every file saved when it was copied, long after. */
async function files(dir: string): Promise<string[]> {
  const dated: [string, string][] = [
    ['UBND xã An Bình', '03/9/2024'],
    ['UBND xã Bắc Sơn', '07/9/2024'],
    ['UBND xã Cẩm Phúc', '01/5/2024'],
    ['UBND xã Dương Hòa', ''],
  ];
  const copied = new Date(Date.UTC(2026, 11, 1, 5));
  const paths = [];
  for (const [unit, reportDate] of dated) {
    const { bytes } = await templateXlsx(template('dinh-ky'), {
      unit,
      period: parsePeriod('2024-Q3'),
      reportDate,
      values: cellValues({ 'I.1': 1 }),
    });
    const path = join(dir, `${unit}.xlsx`);
    writeFileSync(path, bytes);
    utimesSync(path, copied, copied);
    paths.push(path);
  }
  return paths;
}

interface Timeliness {
  dueBefore: string | null;
  window: { from: string; to: string };
  sent: { unit: string; day: string | null; source: string }[];
  late: { unit: string; day: string; days: number; source: string }[];
  stale: { unit: string; day: string }[];
  undated: string[];
}

test('with no rule nobody is late: each day and where it was read, the Ministry’s window, a report older than the period', async () => {
  const dir = tempDir();
  const inputs = await files(dir);
  const r = cchc('merge', ...inputs, '--out', join(dir, 'tong-hop.xlsx'), '--unit', 'Sở Nội vụ tỉnh Hưng Yên', '--json');
  expect(r.code).toBe(0);
  const t = (JSON.parse(r.out) as { timeliness: Timeliness }).timeliness;
  expect(t).toEqual({
    dueBefore: null,
    window: { from: '15/6/2024', to: '14/9/2024' },
    sent: [
      { unit: 'UBND xã An Bình', file: 'UBND xã An Bình.xlsx', day: '03/9/2024', source: 'report' },
      { unit: 'UBND xã Bắc Sơn', file: 'UBND xã Bắc Sơn.xlsx', day: '07/9/2024', source: 'report' },
      { unit: 'UBND xã Cẩm Phúc', file: 'UBND xã Cẩm Phúc.xlsx', day: '01/5/2024', source: 'report' },
      { unit: 'UBND xã Dương Hòa', file: 'UBND xã Dương Hòa.xlsx', day: '01/12/2026', source: 'file' },
    ],
    late: [],
    // Cẩm Phúc's report is dated in May, before the figures began on 15 June.
    stale: [{ unit: 'UBND xã Cẩm Phúc', file: 'UBND xã Cẩm Phúc.xlsx', day: '01/5/2024', source: 'report' }],
    early: [],
    undated: [],
  });
  expect(cchc('merge', ...inputs, '--out', join(dir, 'tong-hop.xlsx')).out).not.toContain('muộn');
});

test('under the province’s rule the report’s date makes lateness; the file’s save date never does', async () => {
  const dir = tempDir();
  const inputs = await files(dir);
  const rules = join(dir, 'gia-lai.json');
  writeFileSync(rules, JSON.stringify({ name: 'Gia Lai', quarterBefore: 5 }));
  const r = cchc('merge', ...inputs, '--out', join(dir, 'tong-hop.xlsx'), '--deadlines', rules, '--json');
  const t = (JSON.parse(r.out) as { timeliness: Timeliness }).timeliness;
  // Due before 5 September: Bắc Sơn's report of the 7th is three days late; Dương Hòa's file, saved in 2026, is not judged.
  expect(t.dueBefore).toBe('05/9/2024');
  expect(t.late).toEqual([{ unit: 'UBND xã Bắc Sơn', file: 'UBND xã Bắc Sơn.xlsx', day: '07/9/2024', days: 3, source: 'report' }]);
});

test('a day given per unit, and this period’s own due day and window', async () => {
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
    'Kỳ số liệu quý III năm 2024: từ 15/6/2024 đến 10/9/2024. Hạn nộp: trước ngày 16/9/2024. Ngày nộp lấy theo ngày được nhập cho đơn vị, nếu không có thì ngày ghi trên báo cáo (dòng "Kèm theo Báo cáo số … ngày …"); ngày lưu tệp không dùng để xét nộp muộn.',
  );
  expect(lines).toContain('Nộp muộn: UBND xã Cẩm Phúc (16/9/2024, muộn 1 ngày, ngày được nhập)');
  // The window closes before the due day: the reports of 3 and 7 September, inside it, may not hold the whole quarter.
  expect(lines).toContain(
    'Lập trước khi kỳ số liệu khép lại (số liệu có thể chưa đủ kỳ): UBND xã An Bình (03/9/2024, ngày ghi trên báo cáo); UBND xã Bắc Sơn (07/9/2024, ngày ghi trên báo cáo)',
  );
  expect(lines).toContain('Chỉ biết ngày lưu tệp (không xét muộn): UBND xã Dương Hòa (01/12/2026)');

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

test('a province’s own deadlines from a file; a wrong file is refused by name, saying what is wrong', async () => {
  const dir = tempDir();
  const inputs = await files(dir);
  const rules = join(dir, 'han-nop.json');
  writeFileSync(rules, JSON.stringify({ name: 'Quy định của UBND tỉnh', quarterBefore: 10, windowCloses: 20 }));
  const run = (...more: string[]) => cchc('merge', ...inputs, '--out', join(dir, 'tong-hop.xlsx'), '--deadlines', rules, '--json', ...more);
  const t = (JSON.parse(run().out) as { timeliness: Timeliness }).timeliness;
  // Due before 10 September: the 3rd and the 7th are on time; figures from 21 June (the day after 20 June) to 20 September.
  expect([t.dueBefore, t.window, t.late]).toEqual(['10/9/2024', { from: '21/6/2024', to: '20/9/2024' }, []]);
  expect(t.stale.map((s) => s.unit)).toEqual(['UBND xã Cẩm Phúc']);
  // This period's own due day stands over the province's rule.
  expect((JSON.parse(run('--due-before', '06/9/2024').out) as { timeliness: Timeliness }).timeliness.late.map((l) => l.unit)).toEqual([
    'UBND xã Bắc Sơn',
  ]);

  writeFileSync(rules, JSON.stringify({ quarterBefore: 31, halfBefore: { day: 30, month: 2 }, yearBefore: 25 }));
  const wrong = run();
  expect(wrong.code).toBe(2);
  expect(wrong.err).toContain('Tệp hạn nộp "han-nop.json" không hợp lệ: ');
  expect(wrong.err).toContain('quarterBefore: phải là một ngày từ 1 đến 28');
  expect(wrong.err).toContain('halfBefore: không có ngày này trong tháng');
  expect(wrong.err).toContain('yearBefore: cần { "day": …, "month": … }');
  writeFileSync(rules, '{ quarterBefore: 10 ');
  expect(run().err).toContain('Không đọc được tệp hạn nộp "han-nop.json"');
});
