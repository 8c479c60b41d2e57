import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { entryBytes, zipEntries } from '../../src/adapters/lean-reader/zip';
import { readXlsx } from '../../src/cli/read-files';
import { inflateAnywhere, crc32Anywhere } from '../../src/adapters/lean-reader/zip';
import { rezip, SHEET, templateParts, text, withCell } from '../support/hostile';
import { cchc, tempDir } from '../support/cli';

/** What a received file holds is read as it is, or named as unreadable: never quietly taken as something else. */

const READERS = [readXlsx, readGrids] as const;

test('an integer of more than 15 digits and a number nearer 0 than Excel holds are damaged cells; 1E+16 is read', async () => {
  const parts = await templateParts();
  let sheet = text(parts, SHEET);
  sheet = withCell(sheet, 'E11', '<c r="E11"><v>9007199254740993</v></c>');
  sheet = withCell(sheet, 'E12', '<c r="E12"><v>1e-320</v></c>');
  sheet = withCell(sheet, 'E13', '<c r="E13"><v>10000000000000000</v></c>');
  const bytes = rezip(parts, { [SHEET]: sheet });
  for (const read of READERS) {
    const [grid] = read('so-lon.xlsx', bytes);
    expect(grid.damaged).toEqual([
      { ref: 'E11', row: 11, col: 5, problem: 'number', raw: '9007199254740993' },
      { ref: 'E12', row: 12, col: 5, problem: 'number', raw: '1e-320' },
    ]);
    expect(grid.values[12][4]).toBe(1e16);
  }
});

test('two sheet entries naming one part give one sheet', async () => {
  const parts = await templateParts();
  const workbook = text(parts, 'xl/workbook.xml').replace(
    /(<sheet\b[^>]*\/>)/,
    (s) => `${s}${s.replace(/name="[^"]*"/, 'name="Bản sao"').replace(/sheetId="\d+"/, 'sheetId="9"')}`,
  );
  expect(workbook.match(/<sheet\b/g)).toHaveLength(2);
  const bytes = rezip(parts, { 'xl/workbook.xml': workbook });
  for (const read of READERS) expect(read('hai-lan.xlsx', bytes)).toHaveLength(1);
});

test('fill and compute refuse a workbook with cells the reader cannot take (A0, e12), naming them, instead of writing a copy without them', async () => {
  const parts = await templateParts();
  let sheet = text(parts, SHEET);
  sheet = sheet.replace('</sheetData>', '<row r="200"><c r="A0"><v>5</v></c><c r="e12"><v>7</v></c></row></sheetData>');
  const dir = tempDir();
  const file = join(dir, 'xa-hong.xlsx');
  writeFileSync(file, rezip(parts, { [SHEET]: sheet }));
  const values = join(dir, 'v.csv');
  writeFileSync(values, 'I.2.1,7\n');
  const sheetName = /<sheet\b[^>]*name="([^"]*)"/.exec(text(parts, 'xl/workbook.xml'))![1];
  const said = `Tệp "xa-hong.xlsx" có 2 ô không đọc được (${sheetName}!A0, ${sheetName}!e12): hãy mở tệp bằng Excel, kiểm tra các ô đó và lưu lại; tệp chưa bị thay đổi.`;
  for (const args of [
    ['fill', file, '--values', values, '--out', join(dir, 'a.xlsx')],
    ['compute', file, '--out', join(dir, 'b.xlsx')],
  ]) {
    const r = cchc(...args);
    expect([r.code, r.err.trim()]).toEqual([2, said]);
  }
});

test('a picture whose data fails its CRC, its sizes in data descriptors: refused before exceljs opens the file', async () => {
  const parts = await templateParts();
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const bytes = rezip(
    [...parts, ['xl/media/image1.png', png]],
    {},
    { descriptors: true, claims: { 'xl/media/image1.png': { crc: 0x1234 } } },
  );
  // The lean reader reads only the sheets: the picture is not its concern.
  expect(readXlsx('anh.xlsx', bytes)).toHaveLength(1);
  const entry = zipEntries(bytes).get('xl/media/image1.png')!;
  expect(() => entryBytes(bytes, entry, inflateAnywhere, crc32Anywhere)).toThrow('damaged: entry-crc');
  const dir = tempDir();
  writeFileSync(join(dir, 'anh.xlsx'), bytes);
  const r = cchc('compute', join(dir, 'anh.xlsx'), '--out', join(dir, 'ra.xlsx'));
  expect([r.code, r.err.trim()]).toEqual([
    2,
    'Tệp "anh.xlsx" bị hỏng hoặc không đúng định dạng .xlsx (phần xl/media/image1.png sai mã kiểm tra (CRC): dữ liệu đã bị thay đổi hoặc hỏng).',
  ]);
});

test('control characters in a unit’s text never reach the consolidated workbook’s XML', async () => {
  const parts = await templateParts();
  const strings = text(parts, 'xl/sharedStrings.xml').replace('UBND xã Bắc Sơn', 'UBND xã Bắc\u0001Sơn\u001b');
  const dir = tempDir();
  writeFileSync(join(dir, 'xa.xlsx'), rezip(parts, { 'xl/sharedStrings.xml': strings }));
  const out = join(tempDir(), 'th.xlsx');
  expect(cchc('merge', dir, '--out', out).code).toBe(0);
  const data = new Uint8Array(readFileSync(out));
  for (const entry of zipEntries(data).values()) {
    if (!entry.name.endsWith('.xml')) continue;
    const xml = Buffer.from(entryBytes(data, entry, inflateAnywhere, crc32Anywhere)).toString('utf8');
    // XML 1.0 allows no control character but tab, line feed and carriage return, written or as a reference.
    const references = [...xml.matchAll(/&#(x[0-9a-f]+|\d+);/gi)].map((m) => Number(m[1][0].toLowerCase() === 'x' ? `0${m[1]}` : m[1]));
    const controls =
      [...xml].filter((c) => c < ' ' && !'\t\n\r'.includes(c)).length + references.filter((n) => n < 32 && ![9, 10, 13].includes(n)).length;
    expect([entry.name, controls]).toEqual([entry.name, 0]);
  }
});
