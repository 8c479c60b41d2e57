#!/usr/bin/env node
// npm run bench: generates 1,000 filled Mẫu A workbooks (figures varied per commune) and times
// `cchc validate` on the whole folder in one process. Prints files, seconds and files per second.
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const { run } = require('../dist/node/cli/main.js');
const { ExcelJsWorkbook } = require('../dist/node/workbook/exceljs-adapter.js');
const { findTemplate } = require('../dist/node/domain/catalogue/catalogue.js');
const { renderTemplate } = require('../dist/node/domain/render/template.js');
const { parsePeriod } = require('../dist/node/domain/period.js');
const { readTemplateSheet } = require('../dist/node/domain/sheet/read.js');
const { planFill } = require('../dist/node/domain/fill/fill.js');
const { parseValuesCsv } = require('../dist/node/domain/fill/csv.js');

const COUNT = Number(process.env.BENCH_FILES || 1000);
const root = path.resolve(__dirname, '..');

async function generate(dir) {
  const t = findTemplate('dinh-ky');
  const entries = parseValuesCsv(fs.readFileSync(path.join(root, 'assets', 'samples', 'bac-son-2024-Q3.csv'), 'utf8'));
  for (let i = 0; i < COUNT; i++) {
    const wb = ExcelJsWorkbook.create(ExcelJS);
    const name = await wb.addSheet(renderTemplate(t, { unit: `UBND xã Thử ${i + 1}`, period: parsePeriod('2024-Q3') }));
    const sheet = readTemplateSheet(await wb.readSheet(name));
    // Vary the counts per commune so no two files are alike.
    const varied = entries.map((e) => (/^\d+$/.test(e.value) ? { ...e, value: String(Number(e.value) + (i % 17)) } : e));
    await wb.patchCells(name, planFill(sheet, t, varied).writes);
    fs.writeFileSync(path.join(dir, `xa-${String(i + 1).padStart(4, '0')}.xlsx`), await wb.toBuffer());
  }
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
  const t0 = Date.now();
  await generate(dir);
  console.log(`Đã tạo ${COUNT} tệp Mẫu A trong ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = process.hrtime.bigint();
  let out = 0;
  const code = await run(['validate', dir, '--json'], { out: (s) => (out += s.length), err: () => undefined });
  const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
  console.log(`cchc validate: ${COUNT} tệp trong ${seconds.toFixed(2)} s (${(COUNT / seconds).toFixed(0)} tệp/giây, ${((seconds * 1000) / COUNT).toFixed(1)} ms/tệp), mã thoát ${code}`);
  fs.rmSync(dir, { recursive: true, force: true });
})();
