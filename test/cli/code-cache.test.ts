import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../support/cli';

const ROOT = resolve(__dirname, '../..');
const BUNDLE = join(ROOT, 'dist', 'cli', 'cchc.js');

/** A copy of the built command (bin and dist/cli) whose caches a test may spoil; node_modules is not needed. */
function copyOfCommand(): { bin: string; cli: string } {
  const dir = tempDir();
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'dist'));
  cpSync(join(ROOT, 'dist', 'cli'), join(dir, 'dist', 'cli'), { recursive: true });
  return { bin: join(dir, 'bin', 'cchc.js'), cli: join(dir, 'dist', 'cli') };
}

function run(bin: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('the build leaves a code cache for each part of the command, headed by the SHA-256 of its source', () => {
  for (const part of ['cchc.js', 'exceljs.js']) {
    const source = readFileSync(join(ROOT, 'dist', 'cli', part));
    const cache = readFileSync(join(ROOT, 'dist', 'cli', `${part}.cache`));
    expect(cache.subarray(0, 32).equals(createHash('sha256').update(source).digest())).toBe(true);
    // More than a header: V8's data for the code compiled while the build ran the command.
    expect(cache.length).toBeGreaterThan(100_000);
  }
});

test('a stale, damaged or missing cache only costs time: the command answers the same', () => {
  const expected = run(join(ROOT, 'bin', 'cchc.js'), 'templates', '--json');
  expect(expected.code).toBe(0);
  expect(JSON.parse(expected.out).length).toBeGreaterThan(0);
  const { bin, cli } = copyOfCommand();
  const cache = join(cli, 'cchc.js.cache');
  const good = readFileSync(cache);
  const spoiled: [string, Buffer | undefined][] = [
    // Made from another source: the header does not match, the data is not even offered to V8.
    ['stale', Buffer.concat([createHash('sha256').update('another build').digest(), good.subarray(32)])],
    // The right header over data V8 refuses.
    ['damaged', Buffer.concat([good.subarray(0, 32), Buffer.alloc(4096, 7)])],
    ['missing', undefined],
  ];
  for (const [, data] of spoiled) {
    if (data) writeFileSync(cache, data);
    else if (existsSync(cache)) writeFileSync(cache, Buffer.alloc(0));
    const r = run(bin, 'templates', '--json');
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 0, out: expected.out, err: '' });
  }
  // The bundle itself is untouched by all this.
  expect(readFileSync(join(cli, 'cchc.js')).equals(readFileSync(BUNDLE))).toBe(true);
});
