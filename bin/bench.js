#!/usr/bin/env node
// npm run bench: generates 1,000 filled Mẫu A workbooks (see generate), then times in
// one process: as the floor, only inflating the same files' sheet parts and counting their values;
// the project's reader on them; `cchc validate` on the folder; `cchc merge` of the folder (read,
// check, merge, write); recognising the same appendices
// typed by hand, and merging those; the merge in the standalone page when Chromium is there; then
// the whole country (3,300 communes) merged as a new process. Prints seconds, files per second and
// peak memory (RSS) of each new process and of the page.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const { run } = require('../dist/node/cli/main.js');
const { ExcelJsWorkbook } = require('../dist/node/adapters/exceljs/exceljs-adapter.js');
const { builtInCatalogue } = require('../dist/node/domain/catalogue/catalogue.js');
const { templateRows } = require('../dist/node/domain/catalogue/rows.js');
const { renderTemplate } = require('../dist/node/domain/render/template.js');
const { parsePeriod } = require('../dist/node/domain/period.js');
const { readTemplateSheet } = require('../dist/node/domain/sheet/read.js');
const { planFill } = require('../dist/node/domain/fill/fill.js');
const { parseValuesCsv } = require('../dist/node/domain/fill/csv.js');
const { readUnitPaths, readXlsx } = require('../dist/node/cli/read-files.js');
const { mergeReports } = require('../dist/node/domain/merge/merge.js');
const { mergeSheets } = require('../dist/node/domain/merge/report-sheets.js');
const { writeNewWorkbook } = require('../dist/node/cli/io.js');
const { recogniseGrid } = require('../dist/node/domain/recognise/recognise.js');
const zlib = require('zlib');

const COUNT = Number(process.env.BENCH_FILES || 1000);
/** About the number of communes and wards in Vietnam since the 2025 arrangement. */
const COUNTRY = Number(process.env.BENCH_COUNTRY || 3300);
const root = path.resolve(__dirname, '..');

/**
 * Commune i: the consistent sample appendix with its counts scaled by 1 to 4 (sums and ratios
 * stay consistent), except one commune in ten which sends Bắc Sơn's real figures, with their
 * 8 errors and 16 warnings.
 */
async function generate(dir, from = 0, to = COUNT) {
  const t = builtInCatalogue().find('dinh-ky');
  const sample = (name) => parseValuesCsv(fs.readFileSync(path.join(root, 'assets', 'samples', name), 'utf8'));
  const consistent = sample('xa-nhat-quan-2024-Q3.csv');
  const bacSon = sample('bac-son-2024-Q3.csv');
  const counts = new Set(
    templateRows(t)
      .filter((r) => r.kind === 'count')
      .map((r) => r.code),
  );
  for (let i = from; i < to; i++) {
    const wb = ExcelJsWorkbook.create(ExcelJS);
    const name = await wb.addSheet(renderTemplate(t, { unit: `UBND xã Thử ${i + 1}`, period: parsePeriod('2024-Q3') }));
    const sheet = readTemplateSheet(await wb.readSheet(name), builtInCatalogue());
    const scale = 1 + (i % 4);
    const values =
      i % 10 === 9
        ? bacSon
        : consistent.map((e) => (counts.has(e.code) && /^\d+$/.test(e.value) ? { ...e, value: String(Number(e.value) * scale) } : e));
    await wb.patchCells(name, planFill(sheet, t, values).writes);
    fs.writeFileSync(path.join(dir, `xa-${String(i + 1).padStart(4, '0')}.xlsx`), await wb.toBuffer());
  }
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
  const t0 = Date.now();
  await generate(dir);
  console.log(`Đã tạo ${COUNT} tệp Mẫu A trong ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const quiet = { out: () => undefined, err: () => undefined };
  const time = async (fn) => {
    const t = process.hrtime.bigint();
    const result = await fn();
    return { seconds: Number(process.hrtime.bigint() - t) / 1e9, result };
  };
  let floor = 0;
  const rate = (s) =>
    `${s.toFixed(2)} s (${(COUNT / s).toFixed(0)} tệp/giây)${floor && s !== floor ? `, gấp ${(s / floor).toFixed(1)} lần sàn` : ''}`;
  const files = fs.readdirSync(dir).map((n) => path.join(dir, n));
  const inflate = await time(() => files.reduce((n, f) => n + countValues(fs.readFileSync(f)), 0));
  floor = inflate.seconds;
  console.log(`Sàn: chỉ giải nén các trang tính và đếm giá trị (${inflate.result} giá trị): ${rate(inflate.seconds)}`);
  const scan = await time(() =>
    files.reduce((cells, f) => cells + readXlsx(path.basename(f), fs.readFileSync(f)).reduce((n, g) => n + g.values.length, 0), 0),
  );
  console.log(`Bộ đọc của dự án (giải nén, kiểm tra CRC và giới hạn, đọc từng ô): ${rate(scan.seconds)}`);
  // Twice: the first run pays for V8 compiling the checking and writing code, as a fresh
  // `cchc merge` process does; the second shows the steady pace.
  const mergeOut = path.join(os.tmpdir(), `cchc-bench-${process.pid}.xlsx`);
  for (const round of ['lần 1', 'lần 2']) {
    const merge = await time(() => run(['merge', dir, '--out', mergeOut, '--unit', 'UBND huyện Thử'], quiet));
    console.log(`cchc merge ${round} (đọc, kiểm tra, tổng hợp, ghi): ${rate(merge.seconds)}, mã thoát ${merge.result}`);
  }
  // As a user runs it: a new Node process, which loads the modules and compiles the code cold.
  const fresh = await time(() => newProcessMerge(dir, mergeOut));
  console.log(`cchc merge trong một tiến trình mới: ${rate(fresh.seconds)}; bộ nhớ đỉnh ${fresh.result} MiB`);
  // Where a merge spends its time: the same steps as `cchc merge`, one by one.
  const read = await time(() => readUnitPaths(files));
  const merged = await time(() => mergeReports(read.result, { catalogue: builtInCatalogue(), unit: 'UBND huyện Thử' }));
  const written = await time(() => writeNewWorkbook(mergeSheets(merged.result), mergeOut));
  const s = (x) => `${x.seconds.toFixed(2)} s (×${(x.seconds / floor).toFixed(1)})`;
  console.log(
    `  trong đó: đọc và kiểm tra ${s(read)}, tổng hợp ${s(merged)}, ghi các trang kết quả ${s(written)} (${Math.round(fs.statSync(mergeOut).size / 1024)} KiB)`,
  );
  fs.rmSync(mergeOut, { force: true });
  const validate = await time(() => run(['validate', dir, '--json'], quiet));
  console.log(`cchc validate: ${rate(validate.seconds)}, mã thoát ${validate.result}`);
  await handMade(files, floor, merged.seconds + read.seconds, time, rate, quiet);
  await pageMerge(files, floor);
  await country(dir, mergeOut, time);
  fs.rmSync(dir, { recursive: true, force: true });
})();

/**
 * The physical floor of reading a file: its sheet parts found through the zip's central directory,
 * inflated by Node's zlib and their values counted with Buffer's native search; nothing checked,
 * nothing kept.
 */
function countValues(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  let values = 0;
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const [method, size, nameLength, extra, comment, local] = [
      bytes.readUInt16LE(at + 10),
      bytes.readUInt32LE(at + 20),
      bytes.readUInt16LE(at + 28),
      bytes.readUInt16LE(at + 30),
      bytes.readUInt16LE(at + 32),
      bytes.readUInt32LE(at + 42),
    ];
    const name = bytes.toString('latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + size);
    const xml = method === 8 ? zlib.inflateRawSync(raw) : raw;
    for (let i = xml.indexOf('<v>'); i >= 0; i = xml.indexOf('<v>', i + 3)) values++;
  }
  return values;
}

/** `cchc merge` of a folder as a new process; returns its peak resident memory in MiB. */
function newProcessMerge(dir, out) {
  const r = spawnSync(
    process.execPath,
    [
      '--require',
      path.join(__dirname, 'peak-rss.js'),
      path.join(root, 'bin', 'cchc.js'),
      'merge',
      dir,
      '--out',
      out,
      '--unit',
      'UBND huyện Thử',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`cchc merge exited ${r.status}: ${r.stderr}`);
  return Math.round(Number(/peak-rss-kib (\d+)/.exec(r.stderr)[1]) / 1024);
}

/** The whole country: the folder grown to COUNTRY communes, its own floor, then its merge as a new process. */
async function country(dir, out, time) {
  if (COUNTRY <= COUNT) return;
  const t0 = Date.now();
  await generate(dir, COUNT, COUNTRY);
  console.log(`Cả nước: thêm ${COUNTRY - COUNT} tệp (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const files = fs.readdirSync(dir).map((n) => path.join(dir, n));
  const scan = await time(() => files.reduce((n, f) => n + countValues(fs.readFileSync(f)), 0));
  const merge = await time(() => newProcessMerge(dir, out));
  console.log(
    `Cả nước, ${files.length} tệp: sàn (giải nén, đếm giá trị) ${scan.seconds.toFixed(2)} s; cchc merge trong một tiến trình mới ${merge.seconds.toFixed(2)} s, gấp ${(merge.seconds / scan.seconds).toFixed(1)} lần sàn; bộ nhớ đỉnh ${merge.result} MiB`,
  );
  fs.rmSync(out, { force: true });
}

/** Each Mẫu A as a unit types it by hand: the add-in's hidden column gone, every third without diacritics, every fifth without STT. */
async function handMadeCopies(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-tu-lap-'));
  const fold = (v) => (typeof v === 'string' ? v.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') : v);
  for (const [i, f] of files.entries()) {
    const grid = readXlsx(path.basename(f), fs.readFileSync(f))[0];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    grid.values.forEach((row, r) =>
      row.slice(i % 5 === 4 ? 2 : 1).forEach((v, c) => {
        if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = i % 3 === 2 ? fold(v) : v;
      }),
    );
    fs.writeFileSync(path.join(dir, `tu-lap-${String(i + 1).padStart(4, '0')}.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()));
  }
  return dir;
}

/** Recognition of 1,000 hand-made sheets, against merging the add-in's own 1,000 (target: within twice its time); then their merge. */
async function handMade(files, floor, mergeSeconds, time, rate, quiet) {
  const dir = await handMadeCopies(files);
  const grids = fs.readdirSync(dir).map((n) => readXlsx(n, fs.readFileSync(path.join(dir, n)))[0]);
  const recognised = await time(() => grids.map((g) => recogniseGrid(g, builtInCatalogue())).filter(Boolean).length);
  console.log(
    `Nhận dạng ${grids.length} bảng tự lập (${recognised.result} nhận ra): ${rate(recognised.seconds)}; bằng ${(recognised.seconds / mergeSeconds).toFixed(2)} lần thời gian đọc, kiểm tra và tổng hợp ${files.length} tệp của phần mềm`,
  );
  const out = path.join(os.tmpdir(), `cchc-bench-tu-lap-${process.pid}.xlsx`);
  const merge = await time(() => run(['merge', dir, '--out', out, '--unit', 'UBND huyện Thử'], quiet));
  console.log(
    `cchc merge ${grids.length} bảng tự lập (đọc, nhận dạng, kiểm tra, tổng hợp, ghi): ${rate(merge.seconds)}, mã thoát ${merge.result}`,
  );
  fs.rmSync(out, { force: true });
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A process's /proc file, or "" when the process ended while it was looked at. */
function procFile(pid, name) {
  try {
    return fs.readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return '';
  }
}

/** Chromium's page processes now running (renderers, which run the page and its workers). */
function rendererPids() {
  return fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && procFile(p, 'cmdline').includes('--type=renderer'));
}

/** The largest peak resident memory among the page processes started since `before`, in MiB. */
function rendererPeakMiB(before) {
  const peaks = rendererPids()
    .filter((p) => !before.includes(p))
    .map((p) => Number(/^VmHWM:\s+(\d+)/m.exec(procFile(p, 'status'))?.[1] ?? 0));
  return Math.round(Math.max(0, ...peaks) / 1024);
}

/** The same files merged in the standalone page (Debian's Chromium), from clicking "Tổng hợp" to the result. */
async function pageMerge(files, floor) {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath) || !fs.existsSync(path.join(root, 'dist', 'web', 'taskpane.html'))) {
    console.log('Trang độc lập: bỏ qua (cần Chromium và npm run build)');
    return;
  }
  const { chromium } = require('playwright-core');
  const { createServer } = require('./serve.js');
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const before = rendererPids();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route('**/office.js', (r) => r.abort());
    await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await page
      .locator('input[type=file][multiple]')
      .setInputFiles(files.map((f) => ({ name: path.basename(f), mimeType: type, buffer: fs.readFileSync(f) })));
    await page.getByLabel('Đơn vị tổng hợp').fill('UBND huyện Thử');
    const t = process.hrtime.bigint();
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText(/^Đã tổng hợp \d+\/\d+ tệp/).waitFor({ timeout: 300_000 });
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    console.log(
      `Trang độc lập (Chromium), tổng hợp ${files.length} tệp đã chọn: ${seconds.toFixed(2)} s (${(files.length / seconds).toFixed(0)} tệp/giây), gấp ${(seconds / floor).toFixed(1)} lần sàn; bộ nhớ đỉnh của trang ${rendererPeakMiB(before)} MiB`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
