import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { cellKey } from '../../src/domain/sheet/identity';
import { cchcWith, tempDir } from '../support/cli';
import { libreOfficeConvert } from '../support/libreoffice';
import { BUILT_IN, template } from '../support/templates';

/**
 * Files sent as .xls and .ods, converted by LibreOffice for a merge: one run for the files of a
 * format, each file again on its own when a run is stopped. The LibreOffice the command runs is a
 * script that logs each run (its input files) and then runs Debian's, or stops itself.
 */

/** Each commune's tasks planned (I.2.1) and done (I.2.2). */
const UNITS: [string, string, number, number][] = [
  ['xa-mot.xls', 'UBND xã Một', 7, 5],
  ['xa-hai.xls', 'UBND xã Hai', 4, 4],
  ['xa-ba.xls', 'UBND xã Ba', 10, 6],
  ['xa-bon.ods', 'UBND xã Bốn', 3, 1],
];

let sent: { file: string; bytes: Buffer }[];
beforeAll(async () => {
  sent = [];
  for (const [file, unit, planned, done] of UNITS) {
    const wb = ExcelJsWorkbook.create(ExcelJS);
    const values = new Map([
      [cellKey('I.2.1', 'value'), planned],
      [cellKey('I.2.2', 'value'), done],
    ]);
    await wb.addSheet(renderTemplate(template('dinh-ky'), { unit, period: parsePeriod('2024-Q3'), values }));
    sent.push({ file, bytes: libreOfficeConvert(await wb.toBuffer(), file.endsWith('.xls') ? 'xls:MS Excel 97' : 'ods') });
  }
}, 120_000);

/** A folder of the files sent, and an .xls LibreOffice cannot read (an Excel 97 header, nothing after). */
function received(): string {
  const dir = tempDir();
  for (const s of sent) writeFileSync(join(dir, s.file), s.bytes);
  writeFileSync(join(dir, 'xa-hong.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  return dir;
}

/** A LibreOffice that logs the files of each run, then runs the real one, or stops itself when given more than `stopAbove` files. */
function loggingSoffice(stopAbove = Infinity): { program: string; runs: () => string[][] } {
  const dir = tempDir();
  const log = join(dir, 'runs.log');
  const program = join(dir, 'soffice');
  writeFileSync(
    program,
    [
      '#!/bin/sh',
      'files=""; n=0',
      'for a in "$@"; do case "$a" in *.xls|*.ods) files="$files $(basename "$a")"; n=$((n+1));; esac; done',
      `echo "$files" >> '${log}'`,
      Number.isFinite(stopAbove) ? `if [ "$n" -gt ${stopAbove} ]; then kill -9 $$; fi` : '',
      'exec soffice "$@"',
      '',
    ].join('\n'),
  );
  chmodSync(program, 0o755);
  return {
    program,
    runs: () =>
      readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.trim().split(/\s+/).sort()),
  };
}

interface MergeJson {
  log: { file: string; status: string; reason: string }[];
  /** The consolidated sheet's values, read back from the file written. */
  values: Map<string, unknown>;
}

function merge(soffice: string): MergeJson {
  const dir = received();
  const out = join(tempDir(), 'th.xlsx');
  const r = cchcWith({ CCHC_SOFFICE: soffice }, 'merge', dir, '--out', out, '--json');
  expect(r.code).toBe(0);
  const sheet = readTemplateSheet(readGrids('th.xlsx', readFileSync(out))[0], BUILT_IN)!;
  return { ...(JSON.parse(r.out) as Omit<MergeJson, 'values'>), values: new Map([...sheet.cells].map(([k, c]) => [k, c.raw])) };
}

/** What every merge here must come to, worked out by hand. */
function expectAllMerged(m: MergeJson): void {
  expect(m.log.map((l) => [l.file, l.status])).toEqual([
    ['xa-ba.xls', 'merged'],
    ['xa-bon.ods', 'merged'],
    ['xa-hai.xls', 'merged'],
    ['xa-hong.xls', 'skipped'],
    ['xa-mot.xls', 'merged'],
  ]);
  expect(m.log[3].reason).toBe(
    'Tệp "xa-hong.xls" là tệp Excel 97–2003 (.xls) nhưng LibreOffice không chuyển được (tệp hỏng hoặc có mật khẩu): hãy mở tệp và lưu lại dưới dạng .xlsx không mật khẩu.',
  );
  // 7 + 4 + 10 + 3 tasks planned, 5 + 4 + 6 + 1 done.
  expect([m.values.get('I.2.1@value'), m.values.get('I.2.2@value')]).toEqual([24, 16]);
}

test('the .xls of a merge are converted in one LibreOffice run, the .ods in another; a file it cannot read is named', () => {
  const soffice = loggingSoffice();
  expectAllMerged(merge(soffice.program));
  expect(soffice.runs()).toEqual([['in-0.xls', 'in-1.xls', 'in-2.xls', 'in-3.xls'], ['in-0.ods']]);
});

test('a run that is stopped: each of its files converted again on its own, the others of the merge unharmed', () => {
  const soffice = loggingSoffice(1);
  expectAllMerged(merge(soffice.program));
  expect(soffice.runs()).toEqual([
    ['in-0.xls', 'in-1.xls', 'in-2.xls', 'in-3.xls'],
    ['in-0.xls'],
    ['in-0.xls'],
    ['in-0.xls'],
    ['in-0.xls'],
    ['in-0.ods'],
  ]);
});
