import { longCsv, longRows, LONG_COLUMNS, type LongRow } from '../../src/domain/export/long-format';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { typedSheet } from '../support/typed-sheet';
import { template } from '../support/templates';

/** The long format as text, written by hand here and compared character for character. */
const row = (over: Partial<LongRow>): LongRow => ({
  unit: 'UBND xã Bắc Sơn',
  period: '2024-Q3',
  template: 'dinh-ky',
  version: '1.0.0',
  code: 'I.2.1',
  column: 'value',
  label: 'Số nhiệm vụ đề ra trong kế hoạch',
  unitOfMeasure: 'Nhiệm vụ',
  value: 7,
  computed: false,
  unreadable: false,
  sourceFile: 'bac-son.xlsx',
  sheet: 'Phụ lục 2024-Q3',
  cell: 'E14',
  ...over,
});

test('CSV: a byte order mark, the header, a row per value, CRLF; numbers as JavaScript writes them', () => {
  expect(longCsv([row({}), row({ code: 'I.2', value: 0.7142857142857143, computed: true, cell: 'E13' })])).toBe(
    '\uFEFF' +
      'unit,period,template,version,code,column,label,unit_of_measure,value,computed,unreadable,source_file,sheet,cell\r\n' +
      'UBND xã Bắc Sơn,2024-Q3,dinh-ky,1.0.0,I.2.1,value,Số nhiệm vụ đề ra trong kế hoạch,Nhiệm vụ,7,,,bac-son.xlsx,Phụ lục 2024-Q3,E14\r\n' +
      'UBND xã Bắc Sơn,2024-Q3,dinh-ky,1.0.0,I.2,value,Số nhiệm vụ đề ra trong kế hoạch,Nhiệm vụ,0.7142857142857143,x,,bac-son.xlsx,Phụ lục 2024-Q3,E13\r\n',
  );
  expect(LONG_COLUMNS).toHaveLength(14);
});

test.each([
  ['=1+1', "'=1+1"],
  ['+84 912 345 678', "'+84 912 345 678"],
  ['-Đã ban hành', "'-Đã ban hành"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tx', "'\tx"],
  ['Có, đã ban hành', '"Có, đã ban hành"'],
  ['Nói "có"', '"Nói ""có"""'],
  ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
  ['=A1,B1', `"'=A1,B1"`],
  ['Đã thực hiện', 'Đã thực hiện'],
])('a text %j is written %j', (text, field) => {
  const line = longCsv([row({ value: text, label: 'x', unitOfMeasure: '' })]).split('\r\n')[1];
  expect(line).toBe(`UBND xã Bắc Sơn,2024-Q3,dinh-ky,1.0.0,I.2.1,value,x,,${field},,,bac-son.xlsx,Phụ lục 2024-Q3,E14`);
});

test('a negative number is a number (no apostrophe); a blank is empty; an unreadable value is its text, marked', () => {
  const lines = longCsv([row({ value: -3 }), row({ value: null }), row({ value: '12 hồ sơ', unreadable: true })]).split('\r\n');
  expect(lines.slice(1, 4).map((l) => l.split(',').slice(8, 11))).toEqual([
    ['-3', '', ''],
    ['', '', ''],
    ['12 hồ sơ', '', 'x'],
  ]);
});

test('read back: by the columns of the header, in any order; exact numbers; the apostrophe taken off; quoted line breaks', () => {
  const text =
    '\uFEFFvalue,code,column,computed,unit,unreadable\r\n' +
    '1.234,VI.2.2,value,,UBND xã A,\r\n' +
    "'=1+1,3.5,y2016,,UBND xã A,\r\n" +
    '0.71,I.2,value,x,UBND xã A,\r\n' +
    '"dòng 1\r\ndòng 2",3.5,y2017,,UBND xã A,\r\n' +
    '12 hồ sơ,I.2.1,value,,UBND xã A,x\r\n';
  expect(parseValuesCsv(text)).toEqual([
    { line: 2, code: 'VI.2.2@value', value: '1.234', unit: 'UBND xã A', number: 1.234 },
    { line: 3, code: '3.5@y2016', value: '=1+1', unit: 'UBND xã A' },
    { line: 4, code: 'I.2@value', value: '0.71', computed: true, unit: 'UBND xã A', number: 0.71 },
    { line: 5, code: '3.5@y2017', value: 'dòng 1\r\ndòng 2', unit: 'UBND xã A' },
    { line: 7, code: 'I.2.1@value', value: '12 hồ sơ', unit: 'UBND xã A' },
  ]);
});

test('the code,value files of before are read as before: the value is the rest of the line', () => {
  expect(parseValuesCsv('code,value\nI.2.1,7\nI.2,"80%"\nVI.1,99,8\n\nI.1;x\n')).toEqual([
    { line: 2, code: 'I.2.1', value: '7' },
    { line: 3, code: 'I.2', value: '80%' },
    { line: 4, code: 'VI.1', value: '99,8' },
    { line: 6, code: 'I.1;x', value: '' },
  ]);
  expect(parseValuesCsv('I.2.1;7\nVI.1;99,8')).toEqual([
    { line: 1, code: 'I.2.1', value: '7' },
    { line: 2, code: 'VI.1', value: '99,8' },
  ]);
});

test('an exported 1.234 is 1.234, never 1234; a share above 100% stays above it; a computed ratio keeps its formula', async () => {
  const t = template('dinh-ky');
  const sheet = await typedSheet('dinh-ky', {});
  const csv = 'code,column,value,computed\nVII.5.3.1,value,1.234,\nVII.5.3,value,1.0026,\nI.2,value,0.71,x\n';
  const { outcomes } = planFill(sheet, t, parseValuesCsv(csv));
  expect(outcomes.map((o) => [o.code, o.status, o.written])).toEqual([
    ['VII.5.3.1@value', 'written', 1.234],
    ['VII.5.3@value', 'written', 1.0026],
    ['I.2@value', 'computed', undefined],
  ]);
  // Typed by a person, "1.234" is 1234 (Vietnamese thousands): the export's numbers are not read that way.
  expect(planFill(sheet, t, parseValuesCsv('code,value\nVII.5.3.1,1.234\n')).outcomes[0].written).toBe(1234);
});

test('long rows of a sheet: every value cell but group rows, in sheet order, read by kind, a typed-over ratio not computed', async () => {
  const sheet = await typedSheet('dinh-ky', { 'I.2.1': 7, 'I.2.2': 5, 'I.2': '80%', 'VI.1': '99,8' }, 'UBND xã Bắc Sơn');
  const rows = longRows(sheet, 'bs.xlsx');
  expect(rows).toHaveLength(121 - 18);
  const at = (code: string) => rows.find((r) => r.code === code)!;
  expect([at('I.2.1').value, at('I.2').value, at('I.2').computed, at('VI.1').value]).toEqual([7, 0.8, false, 0.998]);
  expect(at('I.3.2').computed).toBe(true);
  const cells = rows.map((r) => Number(/\d+$/.exec(r.cell)![0]));
  expect(cells).toEqual([...cells].sort((a, b) => a - b));
  expect(rows.every((r) => r.unit === 'UBND xã Bắc Sơn' && r.sourceFile === 'bs.xlsx')).toBe(true);
});

test('along a row, columns in the sheet’s order: Z before AA', async () => {
  const sheet = await typedSheet('tong-ket-pl1', { '1.1@y2016': 3, '1.1@y2017': 4, '1.1@y2018': 5 });
  // The same sheet as if its value columns began at Z (26).
  const first = Math.min(...[...sheet.cells.values()].map((c) => c.col));
  const wide = { ...sheet, cells: new Map([...sheet.cells].map(([k, c]) => [k, { ...c, col: c.col - first + 26 }])) };
  const letters = (n: number) =>
    (n <= 26 ? '' : String.fromCharCode(64 + Math.floor((n - 1) / 26))) + String.fromCharCode(65 + ((n - 1) % 26));
  const ofRow = [...wide.cells.values()].filter((c) => c.code === '1.1').sort((a, b) => a.col - b.col);
  expect(ofRow.length).toBeGreaterThan(3);
  const rows = longRows(wide, 'pl1.xlsx').filter((r) => r.code === '1.1');
  expect(rows.map((r) => r.cell)).toEqual(ofRow.map((c) => `${letters(c.col)}${c.row}`));
  expect(rows.map((r) => r.cell)[0]).toMatch(/^Z/);
  expect(rows.filter((r) => r.value !== null).map((r) => r.value)).toEqual([3, 4, 5]);
});
