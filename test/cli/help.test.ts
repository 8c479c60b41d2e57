import { cchc } from '../support/cli';
import { cliTexts } from '../../src/cli/texts';

/** `cchc <command> --help`: that command's usage, exit 0, in the language asked for. */
const COMMANDS = ['templates', 'template', 'fill', 'validate', 'recognise', 'export', 'compute', 'merge'];

test.each(COMMANDS)('cchc %s --help', (command) => {
  const r = cchc(command, '--help');
  expect([r.code, r.err]).toEqual([0, '']);
  const lines = r.out.trimEnd().split('\n');
  expect(lines[0].startsWith(`  cchc ${command} `) || lines[0] === `  cchc ${command}`).toBe(true);
  // Only that command: no other command's line.
  expect(lines.filter((l) => l.startsWith('  cchc '))).toHaveLength(1);
  expect(lines.length).toBeGreaterThan(1);
});

test('in English, with -h, and for the other spelling of recognise', () => {
  const r = cchc('merge', '-h', '--lang', 'en');
  expect(r.code).toBe(0);
  expect(r.out).toContain('Consolidates the units');
  expect(cchc('recognize', '--help').out.split('\n')[0]).toMatch(/^ {2}cchc recognise /);
  expect(cchc('template', '--help').out).not.toContain('cchc templates');
});

test('an unknown command with --help is still an unknown command (exit 2)', () => {
  const r = cchc('bogus', '--help');
  expect(r.code).toBe(2);
  expect(r.err.split('\n')[0]).toBe('Lệnh "bogus" không có.');
});

test('a mistyped option, a missing value, a value to a switch, an argument too many: named in the user’s language, with that command’s usage', () => {
  const usage = (command: string, lang = 'vi') => cchc(command, '--help', '--lang', lang).out.trimEnd();
  const wrong = cchc('merge', 'a.xlsx', '--ouput', 'x.xlsx');
  expect(wrong.code).toBe(2);
  expect(wrong.err.trimEnd()).toBe(`Lệnh không có tùy chọn "--ouput".\n\n${usage('merge')}`);
  expect(wrong.err).not.toMatch(/Unknown option|positional/);
  const en = cchc('merge', 'a.xlsx', '--ouput', 'x.xlsx', '--lang', 'en');
  expect(en.err.trimEnd()).toBe(`The command has no option "--ouput".\n\n${usage('merge', 'en')}`);
  expect(cchc('fill', 'a.xlsx', '--values', 'v.csv', '--out').err.trimEnd()).toBe(
    `Tùy chọn "--out" cần một giá trị đi sau.\n\n${usage('fill')}`,
  );
  expect(cchc('validate', 'a.xlsx', '--json=yes').err.trimEnd()).toBe(
    `Tùy chọn "--json" không nhận giá trị (chỉ ghi "--json").\n\n${usage('validate')}`,
  );
  expect(cchc('templates', 'thua').err.trimEnd()).toBe(`Thừa "thua": lệnh không nhận thêm tệp hay giá trị này.\n\n${usage('templates')}`);
});

test('the merge’s usage says lateness needs a rule and a file’s save date never judges it', () => {
  const vi = cliTexts('vi').usage;
  expect(vi).toContain('Nộp muộn chỉ được nêu khi có quy định');
  expect(vi).toContain('ngày lưu tệp chỉ được ghi lại, không dùng để xét muộn');
  const en = cliTexts('en').usage;
  expect(en).toContain('Lateness is stated only under a rule');
  expect(en).toContain('never used to judge lateness');
  // No default due day, and no file date standing in for the day sent.
  for (const text of [vi, en]) expect(text).not.toMatch(/mặc định quý|by default a quarter|ngày sửa tệp|the file's date/);
});
