import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
