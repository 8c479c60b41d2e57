import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readTemplateSheet, type TemplateSheet } from '../../src/domain/sheet/read';
import { cchc, tempDir } from '../support/cli';
import { gridXlsx, handMade, sampleData } from '../support/hand-made';
import { libreOfficeConvert } from '../support/libreoffice';
import { BUILT_IN, template } from '../support/templates';

/** `cchc export` writes long-format CSV; `cchc fill` reads it back: every value of the source again. */
const CSV = resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv');

const sheetOf = (file: string): TemplateSheet => {
  const grids = readGrids('x.xlsx', readFileSync(file));
  return grids.map((g) => readTemplateSheet(g, BUILT_IN)).find((s) => s)!;
};
/** The input cells of a template sheet as written (derived cells apart: their formulas stay). */
const inputs = (s: TemplateSheet) =>
  [...s.cells]
    .filter(([, c]) => !c.formula)
    .map(([k, c]) => [k, c.raw])
    .sort();

/** Parses the CSV as a spreadsheet reads it (quoted fields, doubled quotes), by a pattern, apart from the code under test. */
function csvRecords(text: string): string[][] {
  const out: string[][] = [];
  let rec: string[] = [];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/g)) {
    if (m[0] === '') break;
    rec.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] !== ',') {
      out.push(rec);
      rec = [];
    }
  }
  return out;
}

test('export → fill reproduces every value of Bắc Sơn’s appendix; ratios keep their formulas', () => {
  const dir = tempDir();
  const blank = join(dir, 'mau.xlsx');
  const filled = join(dir, 'bac-son.xlsx');
  const csv = join(dir, 'bac-son.csv');
  const back = join(dir, 'lai.xlsx');
  expect(cchc('template', 'dinh-ky', '--out', blank, '--unit', 'UBND xã Bắc Sơn', '--period', '2024-Q3').code).toBe(0);
  expect(cchc('fill', blank, '--values', CSV, '--out', filled).code).toBe(0);
  const exported = cchc('export', filled, '--csv', csv);
  expect(exported.code).toBe(0);
  const text = readFileSync(csv, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const recs = csvRecords(text.slice(1));
  expect(recs[0]).toEqual([
    'unit',
    'period',
    'template',
    'version',
    'code',
    'column',
    'label',
    'unit_of_measure',
    'value',
    'computed',
    'unreadable',
    'source_file',
    'sheet',
    'cell',
  ]);
  // 121 rows of Mẫu A less its 18 group rows; I.2.1 the 7 tasks typed; I.2 the 80% typed over its formula (a reported value).
  expect(recs.length - 1).toBe(121 - 18);
  const i21 = recs.find((r) => r[4] === 'I.2.1')!;
  expect(i21).toEqual([
    'UBND xã Bắc Sơn',
    '2024-Q3',
    'dinh-ky',
    '1.1.0',
    'I.2.1',
    'value',
    'Số nhiệm vụ đề ra trong kế hoạch',
    'Nhiệm vụ',
    '7',
    '',
    '',
    'bac-son.xlsx',
    'Phụ lục 2024-Q3',
    'E13',
  ]);
  expect(recs.find((r) => r[4] === 'I.2')!.slice(8, 11)).toEqual(['0.8', '', '']);
  // The ratios Bắc Sơn left to the form are computed by their formulas.
  const computed = recs.filter((r) => r[9] === 'x').map((r) => r[4]);
  expect(computed.length).toBeGreaterThan(0);

  const filledBack = cchc('fill', blank, '--values', csv, '--out', back);
  expect(filledBack.code).toBe(0);
  expect(
    filledBack.out
      .split('\n')
      .filter((l) => l.endsWith('do công thức của mẫu tính từ số liệu đã ghi, giữ công thức'))
      .map((l) => l.split(' ')[2]),
  ).toEqual(computed);
  expect(inputs(sheetOf(back))).toEqual(inputs(sheetOf(filled)));
  // The formulas of those ratios are still there after the round trip.
  for (const code of computed)
    expect(sheetOf(back).cells.get(`${code}@value`)!.formula).toBe(sheetOf(blank).cells.get(`${code}@value`)!.formula);
});

test('texts that start like a formula are exported as text: LibreOffice opens the CSV with diacritics and no live formula; fill takes them back as typed', () => {
  const dir = tempDir();
  const blank = join(dir, 'mau.xlsx');
  const filled = join(dir, 'pl1.xlsx');
  const values = join(dir, 'v.csv');
  const csv = join(dir, 'pl1.csv');
  expect(cchc('template', 'tong-ket-pl1', '--out', blank, '--unit', 'UBND huyện Khánh Sơn').code).toBe(0);
  const text = template('tong-ket-pl1')
    .tables[0].sections.flatMap((s) => s.rows)
    .find((r) => r.kind === 'text')!.code;
  writeFileSync(values, `code,value\n${text}@y2016,"=1+1"\n${text}@y2017,-Đã ban hành\n${text}@y2018,@SUM(A1)\n1.1@y2016,12\n`);
  expect(cchc('fill', blank, '--values', values, '--out', filled).code).toBe(0);
  expect(cchc('export', filled, '--csv', csv).code).toBe(0);
  const raw = readFileSync(csv, 'utf8');
  expect(raw).toContain(`,'=1+1,`);
  expect(raw).toContain(`,'-Đã ban hành,`);

  // LibreOffice as a user's spreadsheet: UTF-8 (76), comma (44), quote (34).
  const opened = libreOfficeConvert(readFileSync(csv), 'xlsx', 'pl1', { from: 'csv', filter: 'CSV:44,34,76,1' });
  const grid = readGrids('pl1.xlsx', opened)[0];
  // A spreadsheet reads the code "1.1" as a number: compared as text.
  const rowOf = (code: string, column: string) => grid.values.find((r) => String(r[4]) === code && r[5] === column)!;
  expect(rowOf('1.1', 'y2016')[6]).toBe(
    template('tong-ket-pl1')
      .tables[0].sections.flatMap((s) => s.rows)
      .find((r) => r.code === '1.1')!.label,
  );
  expect(rowOf('1.1', 'y2016')[0]).toBe('UBND huyện Khánh Sơn');
  for (const r of grid.formulas) expect(r.filter((f) => f !== null)).toEqual([]);
  expect(String(rowOf(text, 'y2016')[8])).toMatch(/=1\+1$/);

  const back = join(dir, 'lai.xlsx');
  expect(cchc('fill', blank, '--values', csv, '--out', back).code).toBe(0);
  const cell = (k: string) => sheetOf(back).cells.get(k)!.raw;
  expect([cell(`${text}@y2016`), cell(`${text}@y2017`), cell(`${text}@y2018`), cell('1.1@y2016')]).toEqual([
    '=1+1',
    '-Đã ban hành',
    '@SUM(A1)',
    12,
  ]);
});

test('a folder of an add-in sheet and a hand-made one: each value with its own file and cell; fill of the export takes the unit the template names', async () => {
  const dir = tempDir();
  const blank = join(tempDir(), 'mau.xlsx');
  expect(cchc('template', 'dinh-ky', '--out', blank, '--unit', 'UBND xã Bắc Sơn', '--period', '2024-Q3').code).toBe(0);
  expect(cchc('fill', blank, '--values', CSV, '--out', join(dir, 'bac-son.xlsx')).code).toBe(0);
  writeFileSync(join(dir, 'ghi-chu.txt'), 'không phải bảng tính');
  const nq = sampleData('xa-nhat-quan-2024-Q3.csv');
  const { grid, codeAt } = handMade(template('dinh-ky'), nq, {
    columns: ['label', 'value'],
    heading: ['UBND XÃ NHẤT QUÁN', 'THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024'],
  });
  writeFileSync(join(dir, 'nhat-quan.xlsx'), await gridXlsx(grid));
  const csv = join(tempDir(), 'all.csv');
  const r = cchc('export', dir, '--csv', csv);
  // Every file named with what it gave; the one that is no workbook said so (exit 2), the others exported.
  expect(r.code).toBe(2);
  expect(r.err.trim()).toBe('Tệp "ghi-chu.txt" không phải là tệp Excel .xlsx.');
  expect(r.out.split('\n').filter(Boolean)).toEqual([
    `${join(dir, 'bac-son.xlsx')}: 103 giá trị từ 1 trang (Phụ lục 2024-Q3)`,
    `${join(dir, 'nhat-quan.xlsx')}: 103 giá trị từ 1 trang (Phụ lục)`,
    `Đã ghi 206 dòng → ${csv}`,
  ]);
  const recs = csvRecords(readFileSync(csv, 'utf8').slice(1));
  const row = [...codeAt].find(([, code]) => code === 'I.2.1')![0];
  const nqTasks = recs.find((x) => x[11] === 'nhat-quan.xlsx' && x[4] === 'I.2.1')!;
  expect([nqTasks[0], nqTasks[1], nqTasks[13], nqTasks[8]]).toEqual([
    'UBND xã Nhất Quán',
    '2024-Q3',
    `B${row}`,
    String(nq.get('I.2.1@value')),
  ]);
  const back = join(dir, 'lai.xlsx');
  expect(cchc('fill', blank, '--values', csv, '--out', back).code).toBe(0);
  expect(inputs(sheetOf(back))).toEqual(inputs(sheetOf(join(dir, 'bac-son.xlsx'))));
  // A template of a unit the export does not hold is refused, the units named.
  const other = join(dir, 'khac.xlsx');
  expect(cchc('template', 'dinh-ky', '--out', other, '--unit', 'UBND xã Khác', '--period', '2024-Q3').code).toBe(0);
  const refused = cchc('fill', other, '--values', csv, '--out', join(dir, 'khac-lai.xlsx'));
  expect([refused.code, refused.err.trim()]).toEqual([
    2,
    `Tệp "${csv}" có số liệu của 2 đơn vị (UBND xã Bắc Sơn, UBND xã Nhất Quán) nhưng không có của UBND xã Khác: hãy tạo mẫu cho đúng đơn vị (--unit) hoặc dùng tệp của một đơn vị.`,
  ]);
});
