import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bacSonFile, cchc, tempDir } from '../support/cli';

/**
 * Nothing a command reads is ever written over, however the output is named (through a folder
 * link, a file link, a hard link), and an output is written whole or not at all.
 */

const sameAs = (out: string, source: string) =>
  `Tệp kết quả "${out}" chính là tệp đầu vào "${source}" (cùng một tệp trên đĩa): hãy ghi ra tệp khác, tệp đầu vào không bao giờ bị ghi đè.`;

/** A folder of two communes' reports, with what each file holds before any command runs. */
function received(): { dir: string; first: string; bytes: Buffer } {
  const dir = join(tempDir(), 'nhan');
  mkdirSync(dir);
  const first = bacSonFile(dir);
  copyFileSync(first, join(dir, 'bac-son-2.xlsx'));
  return { dir, first, bytes: readFileSync(first) };
}

test('merge refuses an output that is a received file reached through a folder link, a file link or a hard link', () => {
  const { dir, first, bytes } = received();
  const elsewhere = tempDir();
  symlinkSync(dir, join(elsewhere, 'lien-ket-thu-muc'));
  symlinkSync(first, join(elsewhere, 'lien-ket.xlsx'));
  linkSync(first, join(elsewhere, 'lien-ket-cung.xlsx'));
  for (const out of [
    join(elsewhere, 'lien-ket-thu-muc', 'bac-son.xlsx'),
    join(elsewhere, 'lien-ket.xlsx'),
    join(elsewhere, 'lien-ket-cung.xlsx'),
  ]) {
    const r = cchc('merge', dir, '--out', out, '--unit', 'UBND tỉnh Thử');
    expect([r.code, r.err.trim()]).toEqual([2, sameAs(out, first)]);
  }
  expect(readFileSync(first).equals(bytes)).toBe(true);
});

test('merge refuses an output that is its list of units, its previous consolidation, its succession or deadlines file', () => {
  const { dir } = received();
  const lists = tempDir();
  const expected = join(lists, 'don-vi.txt');
  writeFileSync(expected, 'UBND xã Bắc Sơn\n');
  const previous = join(lists, 'ky-truoc.xlsx');
  expect(cchc('merge', dir, '--out', previous, '--unit', 'UBND tỉnh Thử').code).toBe(0);
  const before = readFileSync(previous);
  // The list of units saved under a workbook's name: still the list, still refused.
  const expectedXlsx = join(lists, 'don-vi.xlsx');
  linkSync(previous, expectedXlsx);
  for (const [option, file] of [
    ['--previous', previous],
    ['--expected', expectedXlsx],
  ]) {
    const r = cchc('merge', dir, '--out', join(lists, '.', 'ky-truoc.xlsx'), option, file);
    expect([r.code, r.err.trim()]).toEqual([2, sameAs(join(lists, 'ky-truoc.xlsx'), file)]);
  }
  expect(readFileSync(previous).equals(before)).toBe(true);
  const deadlines = join(lists, 'han.xlsx');
  writeFileSync(deadlines, '{}');
  const r = cchc('merge', dir, '--out', deadlines, '--deadlines', deadlines);
  expect([r.code, r.err.trim()]).toEqual([2, sameAs(deadlines, deadlines)]);
  expect(readFileSync(deadlines, 'utf8')).toBe('{}');
});

test('fill refuses an output that is a hard link of the file it fills; compute one that is a link to it', () => {
  const dir = tempDir();
  const blank = join(dir, 'mau.xlsx');
  expect(cchc('template', 'dinh-ky', '--out', blank).code).toBe(0);
  const bytes = readFileSync(blank);
  const values = join(dir, 'v.csv');
  writeFileSync(values, 'I.2.1,7\n');
  linkSync(blank, join(dir, 'ban-sao.xlsx'));
  symlinkSync(blank, join(dir, 'lien-ket.xlsx'));
  const fill = cchc('fill', blank, '--values', values, '--out', join(dir, 'ban-sao.xlsx'));
  expect([fill.code, fill.err.trim()]).toEqual([2, sameAs(join(dir, 'ban-sao.xlsx'), blank)]);
  const compute = cchc('compute', join(dir, 'ban-sao.xlsx'), '--out', join(dir, 'lien-ket.xlsx'));
  expect([compute.code, compute.err.trim()]).toEqual([2, sameAs(join(dir, 'lien-ket.xlsx'), join(dir, 'ban-sao.xlsx'))]);
  expect(readFileSync(blank).equals(bytes)).toBe(true);
});

test('an output name that does not match what is written is refused before anything is read', () => {
  const { dir } = received();
  const out = tempDir();
  const merge = cchc('merge', dir, '--out', join(out, 'tong-hop.csv'));
  expect([merge.code, merge.err.trim()]).toEqual([
    2,
    `Tệp kết quả "${join(out, 'tong-hop.csv')}" phải có đuôi .xlsx: lệnh này ghi một bảng tính Excel.`,
  ]);
  const exported = cchc('export', dir, '--csv', join(out, 'so-lieu.xlsx'), '--lang', 'en');
  expect([exported.code, exported.err.trim()]).toEqual([
    2,
    `The output file "${join(out, 'so-lieu.xlsx')}" must end in .csv: this command writes a CSV file.`,
  ]);
  const template = cchc('template', 'dinh-ky', '--out', join(out, 'mau'));
  expect(template.code).toBe(2);
  expect(readdirSync(out)).toEqual([]);
});

test('an output reached through a link is written where the link leads; the link stays a link', () => {
  const { dir } = received();
  const target = join(tempDir(), 'tong-hop-that.xlsx');
  writeFileSync(target, 'cũ');
  const link = join(tempDir(), 'tong-hop.xlsx');
  symlinkSync(target, link);
  expect(cchc('merge', dir, '--out', link, '--unit', 'UBND tỉnh Thử').code).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
});

test('with the disk full, the previous consolidation at --out is left as it was and no temporary file stays', () => {
  const { dir } = received();
  const outDir = tempDir();
  const out = join(outDir, 'tong-hop.xlsx');
  expect(cchc('merge', dir, '--out', out, '--unit', 'UBND tỉnh Thử').code).toBe(0);
  const before = readFileSync(out);
  // Files may grow to 8 KiB only (the consolidation is larger): the system refuses the write as a full disk does.
  // The signal that limit sends is ignored, so the write fails with an error the command must answer.
  const bin = resolve(__dirname, '../../bin/cchc.js');
  const r = spawnSync(
    '/bin/sh',
    ['-c', `trap '' XFSZ; ulimit -f 16; exec "${process.execPath}" "${bin}" merge "${dir}" --out "${out}" --unit "UBND tỉnh Khác"`],
    { encoding: 'utf8' },
  );
  expect([r.status, r.stderr.trim()]).toEqual([2, `Không ghi được tệp "${out}": ổ đĩa đã đầy. Không tệp nào bị thay đổi.`]);
  expect(readFileSync(out).equals(before)).toBe(true);
  expect(readdirSync(outDir)).toEqual(['tong-hop.xlsx']);
});
