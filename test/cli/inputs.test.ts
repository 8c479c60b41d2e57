import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bacSonFile, cchc, tempDir } from '../support/cli';

/** What a user hands the command line: every file named with what became of it, nothing passed over. */

function folderOfKinds(): { dir: string; good: string } {
  const dir = tempDir();
  const good = join(dir, 'xa-mot.xlsx');
  expect(cchc('template', 'dinh-ky', '--out', good, '--unit', 'UBND xã Một', '--period', '2024-Q3').code).toBe(0);
  writeFileSync(join(dir, 'cu.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
  writeFileSync(join(dir, 'macro.xlsm'), readFileSync(good));
  writeFileSync(join(dir, 'ghi-chu.txt'), 'không phải bảng tính');
  symlinkSync(join(dir, 'khong-co.xlsx'), join(dir, 'lien-ket-hong.xlsx'));
  symlinkSync(join(dir, 'vong-b.xlsx'), join(dir, 'vong-a.xlsx'));
  symlinkSync(join(dir, 'vong-a.xlsx'), join(dir, 'vong-b.xlsx'));
  const other = tempDir();
  copyFileSync(good, join(other, 'xa-hai.xlsx'));
  symlinkSync(join(other, 'xa-hai.xlsx'), join(dir, 'xa-hai.xlsx'));
  mkdirSync(join(dir, 'thu-muc-con'));
  writeFileSync(join(dir, '~$xa-mot.xlsx'), 'lock');
  return { dir, good };
}

const NAMES = ['cu.xls', 'ghi-chu.txt', 'lien-ket-hong.xlsx', 'macro.xlsm', 'vong-a.xlsx', 'vong-b.xlsx', 'xa-hai.xlsx', 'xa-mot.xlsx'];

test('validate names every file of a folder: old Excel, macros, other files, broken links and loops; links to workbooks are checked', () => {
  const { dir } = folderOfKinds();
  const r = cchc('validate', dir, '--json');
  expect(r.code).toBe(2);
  const reports = JSON.parse(r.out) as { file: string; error?: string; findings?: unknown[] }[];
  expect(reports.map((x) => x.file.split('/').pop())).toEqual(NAMES);
  const errorOf = (name: string) => reports.find((x) => x.file.endsWith(`/${name}`))!.error;
  // Eight bytes of an .xls header: LibreOffice is asked to convert it and cannot.
  expect(errorOf('cu.xls')).toBe(
    'Tệp "cu.xls" là tệp Excel 97–2003 (.xls) nhưng LibreOffice không chuyển được (tệp hỏng hoặc có mật khẩu): hãy mở tệp và lưu lại dưới dạng .xlsx không mật khẩu.',
  );
  expect(errorOf('macro.xlsm')).toBe('Tệp "macro.xlsm" là tệp có macro (.xlsm), không được nhận: hãy lưu lại dưới dạng .xlsx.');
  expect(errorOf('ghi-chu.txt')).toBe('Tệp "ghi-chu.txt" không phải là tệp Excel .xlsx.');
  for (const link of ['lien-ket-hong.xlsx', 'vong-a.xlsx', 'vong-b.xlsx'])
    expect(errorOf(link)).toBe(`Không mở được tệp "${join(dir, link)}": tệp không tồn tại hoặc không đọc được.`);
  expect(reports.filter((x) => x.findings).map((x) => x.file.split('/').pop())).toEqual(['xa-hai.xlsx', 'xa-mot.xlsx']);
});

test('merge logs every file of the folder with what became of it', () => {
  const { dir } = folderOfKinds();
  const out = join(tempDir(), 'th.xlsx');
  const r = cchc('merge', dir, '--out', out, '--json');
  expect(r.code).toBe(0);
  const log = (JSON.parse(r.out) as { log: { file: string; status: string }[] }).log;
  // xa-hai.xlsx is a later copy of xa-mot.xlsx (the same unit): the newer is merged, the other logged as a duplicate.
  expect(log.map((l) => [l.file, l.status])).toEqual(NAMES.map((n) => [n, n === 'xa-hai.xlsx' ? 'merged' : 'skipped']));
});

test('a folder with nothing to read is an error, not a pass', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'con'));
  writeFileSync(join(dir, '.an'), '');
  for (const args of [
    ['validate', dir],
    ['merge', dir, '--out', join(tempDir(), 'th.xlsx')],
  ]) {
    const r = cchc(...args);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`Thư mục "${dir}" không có tệp nào để đọc.`);
  }
});

describe('fill and compute', () => {
  /** A blank Mẫu A filled from a values file holding `values`, as a user runs it. */
  const fillFrom = (values: string) => {
    const dir = tempDir();
    const src = join(dir, 'mau.xlsx');
    cchc('template', 'dinh-ky', '--out', src);
    const csv = join(dir, 'v.csv');
    writeFileSync(csv, values);
    return cchc('fill', src, '--values', csv, '--out', join(dir, 'out.xlsx'));
  };

  test('a code given twice: the later value written, the earlier line said not written (exit 1)', () => {
    const r = fillFrom('I.2.1,7\nI.2.2,5\nI.2.1,8\n');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Đã ghi 2/3 giá trị');
    expect(r.err.trim()).toBe('Không ghi: Dòng 1: I.2.1 được ghi lại ở dòng 3; giá trị của dòng 3 được dùng');
  });

  test('a value that reads two ways is written the Vietnamese way, with a line that says so (exit 0)', () => {
    const r = fillFrom('I.2.1,7\nVI.1.1,"1,234"\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Dòng 2: VI\.1\.1 \(ô E\d+\) = 1\.234: dấu phẩy trong "1,234" được đọc là dấu thập phân, không phải dấu ngăn nghìn \(1234\)$/m,
    );
  });

  test('an empty values file and an output that is the source are refused (exit 2), the source untouched', () => {
    const dir = tempDir();
    const src = join(dir, 'mau.xlsx');
    cchc('template', 'dinh-ky', '--out', src);
    const before = readFileSync(src);
    const empty = join(dir, 'rong.csv');
    writeFileSync(empty, '\uFEFFcode,value\n\n');
    const r = cchc('fill', src, '--values', empty, '--out', join(dir, 'out.xlsx'));
    expect([r.code, r.err.trim()]).toEqual([2, `Tệp số liệu "${empty}" không có dòng "mã,giá trị" nào: không có gì để ghi.`]);
    writeFileSync(join(dir, 'v.csv'), 'I.2.1,7\n');
    for (const args of [
      ['fill', src, '--values', join(dir, 'v.csv'), '--out', src],
      ['compute', src, '--out', join(dir, '.', 'mau.xlsx')],
    ]) {
      const s = cchc(...args);
      expect([s.code, s.err.trim()]).toEqual([
        2,
        `Tệp kết quả "${args[args.length - 1]}" chính là tệp đầu vào "${src}" (cùng một tệp trên đĩa): hãy ghi ra tệp khác, tệp đầu vào không bao giờ bị ghi đè.`,
      ]);
    }
    expect(readFileSync(src).equals(before)).toBe(true);
  });
});

test('--json through a pipe to a slow reader arrives whole', async () => {
  const dir = tempDir();
  const one = join(dir, 'xa-0.xlsx');
  const blank = join(tempDir(), 'mau.xlsx');
  cchc('template', 'dinh-ky', '--out', blank, '--unit', 'UBND xã Thử', '--period', '2024-Q3');
  // One figure typed: the sheet is begun, and each of its empty inputs is a finding of its own in the JSON.
  const values = join(tempDir(), 'so-lieu.csv');
  writeFileSync(values, 'code,value\nI.1,1\n');
  cchc('fill', blank, '--values', values, '--out', one);
  for (let i = 1; i < 40; i++) copyFileSync(one, join(dir, `xa-${i}.xlsx`));
  const child = spawn(process.execPath, [resolve(__dirname, '../../bin/cchc.js'), 'validate', dir, '--json']);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => {
    chunks.push(c);
    // Read a chunk, then wait: the pipe fills and the writer has to wait for us.
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 5);
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text.length).toBeGreaterThan(256 * 1024);
  const reports = JSON.parse(text) as unknown[];
  expect([code, reports.length]).toEqual([0, 40]);
});

test('an output that cannot be written is named with the reason in plain words, not the system’s', () => {
  const dir = tempDir();
  const missing = join(dir, 'khong-co', 'mau.xlsx');
  const r = cchc('template', 'dinh-ky', '--out', missing);
  expect([r.code, r.err.trim()]).toEqual([2, `Không ghi được tệp "${missing}": thư mục không tồn tại. Không tệp nào bị thay đổi.`]);
  // A folder named like a workbook.
  const folder = join(dir, 'thu-muc.xlsx');
  mkdirSync(folder);
  const s = cchc('template', 'dinh-ky', '--out', folder, '--lang', 'en');
  expect([s.code, s.err.trim()]).toEqual([2, `Cannot write "${folder}": that is a folder. No file was changed.`]);
});

test('a merge in which no file can be used names every file with its reason before saying so', () => {
  const made = tempDir();
  const report = bacSonFile(made);
  const dir = tempDir();
  copyFileSync(report, join(dir, 'bac-son.xlsx'));
  writeFileSync(join(dir, 'ghi-chu.txt'), 'không phải bảng tính');
  writeFileSync(join(dir, 'hong.xlsx'), Buffer.from('PK\u0003\u0004 cut short'));
  const r = cchc('merge', dir, '--out', join(tempDir(), 'th.xlsx'), '--period', '2024-Q2');
  expect(r.code).toBe(2);
  const lines = r.err.trim().split('\n');
  expect(lines.map((l) => l.split('\t')[0])).toEqual([
    '✗ bac-son.xlsx',
    '✗ ghi-chu.txt',
    '✗ hong.xlsx',
    'Không có tệp báo cáo nào đọc được theo mẫu CCHC để tổng hợp',
  ]);
  expect(lines[0]).toBe('✗ bac-son.xlsx\ttrang mẫu dinh-ky, kỳ 2024-Q3: không phải mẫu và kỳ được tổng hợp');
  expect(lines[1]).toBe('✗ ghi-chu.txt\tTệp "ghi-chu.txt" không phải là tệp Excel .xlsx.');
  expect(lines[2]).toMatch(/^✗ hong\.xlsx\tTệp "hong\.xlsx" bị hỏng/);
});
