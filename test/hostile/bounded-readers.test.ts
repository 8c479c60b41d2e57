import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { rezip, templateParts } from '../support/hostile';
import { makeZip } from '../support/zip-writer';
import { tempDir } from '../support/cli';
import { run } from '../../src/cli/main';

/**
 * The readers other than the lean reader (exceljs for the commands that write into a workbook,
 * LibreOffice for .xls and .ods) never see a file the lean reader's bounds would refuse, and
 * LibreOffice runs within one time for the whole command, leaving nothing behind.
 */

const BIN = resolve(__dirname, '../../bin/cchc.js');
const PEAK = resolve(__dirname, '../../bin/peak-rss.js');
const GiB = 1024 ** 3;

/** 1.5 GiB of zeros, deflated by a stream (never held inflated): about 1.5 MB. */
async function deflatedZeros(size: number): Promise<{ raw: Buffer; size: number; crc: number }> {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once('drain', r));
  }
  await new Promise((r) => deflate.end(r));
  return { raw: Buffer.concat(out), size, crc };
}

let image: { raw: Buffer; size: number; crc: number };
beforeAll(async () => {
  image = await deflatedZeros(1.5 * GiB);
}, 120_000);

/** A LibreOffice stand-in: logs that it ran (and its arguments), then does what `body` says. */
function fakeSoffice(body: string): { program: string; log: string } {
  const dir = tempDir();
  const log = join(dir, 'ran.log');
  const program = join(dir, 'soffice');
  writeFileSync(program, `#!/bin/sh\necho "$@" >> '${log}'\n${body}\n`);
  chmodSync(program, 0o755);
  return { program, log };
}

/** Runs cchc with its peak memory reported; `tmp` is its temporary folder. */
function measured(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--require', PEAK, BIN, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ...env },
  });
  const peak = Number(/peak-rss-kib (\d+)/.exec(r.stderr)?.[1]) / 1024;
  return { code: r.status, err: r.stderr.replace(/\s*peak-rss-kib \d+\s*$/, '').trim(), peakMiB: peak };
}

test('a 1.5 MB workbook whose picture inflates to 1.5 GiB: every command that opens it refuses it, naming the part, within 300 MiB', async () => {
  const parts = await templateParts();
  const dir = tempDir();
  const file = join(dir, 'xa-bom.xlsx');
  const bytes = makeZip([...parts.map(([n, b]): [string, Buffer] => [n, b]), ['xl/media/image1.png', image.raw]], {
    deflate: true,
    deflated: { 'xl/media/image1.png': { size: image.size, crc: image.crc } },
  });
  writeFileSync(file, bytes);
  expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
  const values = join(dir, 'v.csv');
  writeFileSync(values, 'I.2.1,7\n');
  const said = `Tệp "xa-bom.xlsx" không được đọc: một phần giải nén ra hơn 100 MiB (ở xl/media/image1.png).`;
  for (const args of [
    ['fill', file, '--values', values, '--out', join(dir, 'a.xlsx')],
    ['compute', file, '--out', join(dir, 'b.xlsx')],
    ['targets', file, '--out', join(dir, 'c.xlsx')],
  ]) {
    const r = measured({}, ...args);
    expect([args[0], r.code, r.err]).toEqual([args[0], 2, said]);
    expect(r.peakMiB).toBeLessThan(300);
  }
  expect(readdirSync(dir).sort()).toEqual(['v.csv', 'xa-bom.xlsx']);
});

test('an .ods whose picture inflates to 1.5 GiB is refused before LibreOffice is started', () => {
  const dir = tempDir();
  const ods = makeZip(
    [
      ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['content.xml', '<office:document-content/>'],
      ['Pictures/anh.png', image.raw],
    ],
    { deflated: { 'Pictures/anh.png': { size: image.size, crc: image.crc } } },
  );
  writeFileSync(join(dir, 'xa-bom.ods'), ods);
  const soffice = fakeSoffice('exit 1');
  const r = measured({ CCHC_SOFFICE: soffice.program }, 'validate', join(dir, 'xa-bom.ods'));
  expect([r.code, r.err]).toEqual([2, 'Tệp "xa-bom.ods" không được đọc: một phần giải nén ra hơn 100 MiB (ở Pictures/anh.png).']);
  expect(r.peakMiB).toBeLessThan(300);
  expect(existsSync(soffice.log)).toBe(false);
});

/** A received folder: one good workbook and three .xls files (which only LibreOffice can read). */
async function folderWithXls(): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, 'xa-tot.xlsx'), rezip(await templateParts()));
  for (const name of ['xa-a.xls', 'xa-b.xls', 'xa-c.xls'])
    writeFileSync(join(dir, name), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  return dir;
}

test('a LibreOffice that never answers is stopped once for the whole merge, with what it started; each file not read is named', async () => {
  const dir = await folderWithXls();
  // It starts a helper of its own, as soffice starts soffice.bin, and never ends.
  const soffice = fakeSoffice('sleep 600 & wait');
  const tmp = tempDir();
  const r = spawnSync(process.execPath, [BIN, 'merge', dir, '--out', join(tempDir(), 'th.xlsx'), '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CCHC_SOFFICE: soffice.program, CCHC_CONVERT_SECONDS: '2', TMPDIR: tmp },
  });
  expect(r.status).toBe(0);
  // One run for the three .xls, stopped; not tried again file by file.
  expect(readFileSync(soffice.log, 'utf8').trim().split('\n')).toHaveLength(1);
  // Nobody watches a pipe: the word that LibreOffice started is for a terminal only (see the test below).
  expect(r.stderr).toBe('');
  const log = (JSON.parse(r.stdout) as { log: { file: string; status: string; reason?: string }[] }).log;
  expect(log.map((l) => [l.file, l.status, l.reason])).toEqual([
    ...['xa-a.xls', 'xa-b.xls', 'xa-c.xls'].map((f) => [
      f,
      'skipped',
      `LibreOffice không trả lời sau 2 giây và đã bị dừng; chưa đọc được 1 tệp: ${f}. Hãy mở các tệp này và lưu lại dưới dạng .xlsx.`,
    ]),
    ['xa-tot.xlsx', 'merged', ''],
  ]);
  expect(readdirSync(tmp)).toEqual([]);
  expect(spawnSync('pgrep', ['-f', 'sleep 600']).status).toBe(1);
});

test('Ctrl+C while LibreOffice converts: the command ends at once, LibreOffice and its folder with it', async () => {
  const dir = await folderWithXls();
  const soffice = fakeSoffice('sleep 601 & wait');
  const tmp = tempDir();
  const child = spawn(process.execPath, [BIN, 'validate', join(dir, 'xa-a.xls')], {
    env: { ...process.env, CCHC_SOFFICE: soffice.program, TMPDIR: tmp },
  });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  // Once LibreOffice is running (its copy of the file is in place), the user presses Ctrl+C.
  while (!existsSync(soffice.log)) await new Promise((r) => setTimeout(r, 50));
  expect(readdirSync(tmp)).toHaveLength(1);
  child.kill('SIGINT');
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  expect([code, err]).toEqual([130, '']);
  expect(readdirSync(tmp)).toEqual([]);
  expect(spawnSync('pgrep', ['-f', 'sleep 601']).status).toBe(1);
});

test('CCHC_SOFFICE naming no program is said to be the setting, not the file', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'xa-a.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
  const missing = join(dir, 'khong-co', 'soffice');
  const r = spawnSync(process.execPath, [BIN, 'validate', join(dir, 'xa-a.xls')], {
    encoding: 'utf8',
    env: { ...process.env, CCHC_SOFFICE: missing },
  });
  expect([r.status, r.stderr.trim()]).toEqual([
    2,
    `Tệp "xa-a.xls" cần LibreOffice để đọc, nhưng biến CCHC_SOFFICE chỉ tới "${missing}", nơi không có LibreOffice: hãy sửa hoặc bỏ biến này.`,
  ]);
});

test('a person at a terminal is told when LibreOffice starts, once per run', async () => {
  const dir = await folderWithXls();
  const soffice = fakeSoffice('exit 0');
  const said: string[] = [];
  const before = process.env.CCHC_SOFFICE;
  process.env.CCHC_SOFFICE = soffice.program;
  try {
    const io = { out: () => undefined, err: () => undefined, progress: (t: string) => said.push(t) };
    expect(await run(['validate', dir, '--lang', 'en'], io)).toBe(2);
  } finally {
    if (before === undefined) delete process.env.CCHC_SOFFICE;
    else process.env.CCHC_SOFFICE = before;
  }
  expect(said).toEqual([
    'Converting 1 .xls file with LibreOffice…',
    'Converting 1 .xls file with LibreOffice…',
    'Converting 1 .xls file with LibreOffice…',
  ]);
});
