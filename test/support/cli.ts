import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BAC_SON_CSV = resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv');

const BIN = resolve(__dirname, '../../bin/cchc.js');

/** Runs the built `cchc` binary as a user would (needs `npm run build:cli`). */
export function cchc(...args: string[]): { code: number; out: string; err: string } {
  return cchcWith({}, ...args);
}

/** The same, with variables added to the environment (CCHC_LANG, CCHC_SOFFICE). */
export function cchcWith(env: Record<string, string>, ...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, ...env } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cchc-test-'));
}

/** Xã Bắc Sơn's sample appendix written by the CLI into `dir` (template, then fill), as a user would. */
export function bacSonFile(dir: string): string {
  const blank = join(dir, 'mau.xlsx');
  const filled = join(dir, 'bac-son.xlsx');
  expect(cchc('template', 'dinh-ky', '--out', blank, '--unit', 'UBND xã Bắc Sơn', '--period', '2024-Q3').code).toBe(0);
  expect(cchc('fill', blank, '--values', BAC_SON_CSV, '--out', filled).code).toBe(0);
  return filled;
}
