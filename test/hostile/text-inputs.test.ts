import { spawnSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bacSonFile, cchc, tempDir } from '../support/cli';

/**
 * The text files a user gives (values CSV, lists of units, succession lists, deadline and target
 * rules) are read within a bound and only as UTF-8; what cannot be read is said in the user's
 * words, naming the file and, where it is the cause, the encoding.
 */

const dir = () => tempDir();

test('a values file in UTF-16 (Excel’s "Unicode text") or in a Vietnamese 8-bit encoding is refused naming the encoding', () => {
  const d = dir();
  const blank = join(d, 'mau.xlsx');
  expect(cchc('template', 'dinh-ky', '--out', blank).code).toBe(0);
  const utf16 = join(d, 'so-lieu-16.csv');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('mã,giá trị\r\nI.2.1,7\r\n', 'utf16le')]));
  // Without its byte order mark: every other byte is zero.
  const bare16 = join(d, 'so-lieu-16-tran.csv');
  writeFileSync(bare16, Buffer.from('I.2.1,7\n', 'utf16le'));
  // "Số liệu" in Windows-1258: bytes that are not UTF-8.
  const cp1258 = join(d, 'so-lieu-1258.csv');
  writeFileSync(cp1258, Buffer.from([0x53, 0xf3, 0x20, 0x6c, 0x69, 0xd2, 0x75, 0x0a, 0x49, 0x2e, 0x31, 0x2c, 0x37, 0x0a]));
  for (const [file, said] of [
    [utf16, `Tệp "${utf16}" ở bảng mã UTF-16: hãy lưu lại dạng UTF-8 (Excel: Lưu thành → CSV UTF-8).`],
    [bare16, `Tệp "${bare16}" ở bảng mã UTF-16: hãy lưu lại dạng UTF-8 (Excel: Lưu thành → CSV UTF-8).`],
    [
      cp1258,
      `Tệp "${cp1258}" không ở bảng mã UTF-8 (có thể là TCVN3 hay Windows-1258): hãy lưu lại dạng UTF-8 (Excel: Lưu thành → CSV UTF-8).`,
    ],
  ]) {
    const r = cchc('fill', blank, '--values', file, '--out', join(d, 'ra.xlsx'));
    expect([r.code, r.err.trim()]).toEqual([2, said]);
  }
});

test('a values file of 100 MB, a device and a pipe are refused before they are read', () => {
  const d = dir();
  const blank = join(d, 'mau.xlsx');
  expect(cchc('template', 'dinh-ky', '--out', blank).code).toBe(0);
  // One line of 100 MB (a sparse file: nothing is written to disk).
  const big = join(d, 'mot-dong.csv');
  writeFileSync(big, 'I.2.1,');
  truncateSync(big, 100 * 1024 * 1024);
  const r = cchc('fill', blank, '--values', big, '--out', join(d, 'ra.xlsx'));
  expect([r.code, r.err.trim()]).toEqual([2, `Tệp "${big}" không được đọc: lớn hơn 16 MiB.`]);
  const fifo = join(d, 'ong.csv');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  for (const file of ['/dev/zero', fifo]) {
    const s = cchc('fill', blank, '--values', file, '--out', join(d, 'ra.xlsx'));
    expect([s.code, s.err.trim()]).toEqual([2, `Không đọc được tệp số liệu "${file}".`]);
  }
});

test('a deadlines file saved with a byte order mark is read; one in UTF-16 is refused naming the encoding', () => {
  const d = dir();
  const report = bacSonFile(d);
  const rules = join(d, 'han-nop.json');
  writeFileSync(rules, `\uFEFF${JSON.stringify({ name: 'Quy định của UBND tỉnh', quarterBefore: 10, windowCloses: 20 })}`);
  const r = cchc('merge', report, '--out', join(d, 'th.xlsx'), '--deadlines', rules, '--json');
  expect(r.code).toBe(0);
  expect((JSON.parse(r.out) as { timeliness: { dueBefore: string } }).timeliness.dueBefore).toBe('10/9/2024');
  writeFileSync(rules, Buffer.from('\uFEFF{}', 'utf16le'));
  const s = cchc('merge', report, '--out', join(d, 'th.xlsx'), '--deadlines', rules);
  expect([s.code, s.err.trim()]).toEqual([2, `Tệp "${rules}" ở bảng mã UTF-16: hãy lưu lại dạng UTF-8 (Excel: Lưu thành → CSV UTF-8).`]);
});

test('a window that ends before it begins, and --unit-of naming a file that is not merged, are refused', () => {
  const d = dir();
  const report = bacSonFile(d);
  const out = join(d, 'th.xlsx');
  const reversed = cchc('merge', report, '--out', out, '--window', '14/9/2024-15/6/2024');
  expect([reversed.code, reversed.err.trim()]).toEqual([2, 'Cần: --window 15/6/2024-14/9/2024']);
  const unknown = cchc('merge', report, '--out', out, '--unit-of', 'Bac Son.xlsx=UBND xã Bắc Sơn');
  expect([unknown.code, unknown.err.trim()]).toEqual([
    2,
    '--unit-of "Bac Son.xlsx=…": không có tệp "Bac Son.xlsx" trong các tệp đưa vào tổng hợp.',
  ]);
  // The file's own name is taken, with or without its folder.
  expect(cchc('merge', report, '--out', out, '--unit-of', `${report}=UBND xã Bắc Sơn`).code).toBe(0);
  expect(cchc('merge', report, '--out', out, '--unit-of', 'bac-son.xlsx=UBND xã Bắc Sơn').code).toBe(0);
});

test('a rules file with a key mistyped or a value of another type is said in the user’s language, not the validation library’s English', () => {
  const d = dir();
  const report = bacSonFile(d);
  const rules = join(d, 'han-nop.json');
  writeFileSync(rules, JSON.stringify({ name: ['Quy định'], quarterBefor: 10 }));
  const vi = cchc('merge', report, '--out', join(d, 'th.xlsx'), '--deadlines', rules);
  expect(vi.code).toBe(2);
  expect(vi.err.trim()).toBe(
    'Tệp hạn nộp "han-nop.json" không hợp lệ: name: Đầu vào không hợp lệ: mong đợi string, nhận được mảng; Khóa không được nhận dạng: "quarterBefor"',
  );
  const en = cchc('merge', report, '--out', join(d, 'th.xlsx'), '--deadlines', rules, '--lang', 'en');
  expect(en.err.trim()).toBe(
    'The deadlines file "han-nop.json" is not valid: name: Invalid input: expected string, received array; Unrecognized key: "quarterBefor"',
  );
  const targets = join(d, 'muc-tieu.json');
  writeFileSync(targets, JSON.stringify({ id: 'tinh', targets: 'không' }));
  const t = cchc('targets', report, '--targets', targets);
  expect(t.code).toBe(2);
  expect(t.err).not.toMatch(/Invalid|expected|received/);
  expect(t.err.trim()).toMatch(/^Danh sách mục tiêu "tinh" không hợp lệ: .*nhận được/);
});

test('a received workbook over 100 MiB is refused before it is read, alone or in a merge', () => {
  const d = dir();
  const big = join(d, 'xa-lon.xlsx');
  writeFileSync(big, 'PK\u0003\u0004');
  truncateSync(big, 101 * 1024 * 1024);
  const r = cchc('validate', big);
  expect([r.code, r.err.trim()]).toEqual([2, `Tệp "${big}" không được đọc: lớn hơn 100 MiB.`]);
  const m = cchc('merge', d, '--out', join(dir(), 'th.xlsx'));
  expect(m.code).toBe(2);
  expect(m.err).toContain(`✗ xa-lon.xlsx\tTệp "${big}" không được đọc: lớn hơn 100 MiB.`);
});
