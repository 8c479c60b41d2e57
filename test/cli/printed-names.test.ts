import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { bacSonFile, cchc, tempDir } from '../support/cli';

/** A name is printed as what it is: a line break, a terminal escape or a right-to-left override in it is shown escaped, never acted on. */
test('file names carrying a line break, an escape sequence and a bidirectional override print on their own line, escaped', () => {
  const made = tempDir();
  const report = bacSonFile(made);
  const dir = tempDir();
  const fake = 'a\n✓ xa-gia.xlsx\tUBND xã Giả\tđã gộp.xlsx';
  const colour = 'b\u001b[31mdo.xlsx';
  const reversed = 'c\u202excod.xlsx';
  for (const name of [fake, colour, reversed]) copyFileSync(report, join(dir, name));
  const r = cchc('merge', dir, '--out', join(tempDir(), 'th.xlsx'));
  expect(r.code).toBe(0);
  const lines = r.out.split('\n');
  // Three files, three log lines (the same unit thrice: one merged, two set aside as copies), each name escaped.
  expect(lines.filter((l) => /^[✓✗] /.test(l)).map((l) => l.split('\t')[0])).toEqual([
    '✗ a\\n✓ xa-gia.xlsx\\tUBND xã Giả\\tđã gộp.xlsx',
    '✗ b\\u001b[31mdo.xlsx',
    '✓ c\\u202excod.xlsx',
  ]);
  expect([r.out.includes('\u001b'), r.out.includes('\u202e')]).toEqual([false, false]);
  // JSON keeps every name as it is: the escapes printed are JSON's own.
  const json = cchc('merge', dir, '--out', join(tempDir(), 'th.xlsx'), '--json');
  expect(json.out).not.toContain('\u202e');
  const files = (JSON.parse(json.out) as { log: { file: string }[] }).log.map((l) => l.file);
  expect(files).toEqual([fake, colour, reversed]);
  // A file that cannot be read is named escaped in the error too.
  const s = cchc('validate', join(dir, 'khong\u001b[2Jco.xlsx'));
  expect([s.code, s.err.trim()]).toEqual([
    2,
    `Không mở được tệp "${join(dir, 'khong\\u001b[2Jco.xlsx')}": tệp không tồn tại hoặc không đọc được.`,
  ]);
});
