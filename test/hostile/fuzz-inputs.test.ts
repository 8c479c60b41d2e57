import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/main';
import { isInputError } from '../../src/domain/errors';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { loadDeadlineRules } from '../../src/domain/merge/deadline-rules';
import { groupsFromText, unitsFromText } from '../../src/domain/merge/expected-units';
import { successionFromText } from '../../src/domain/merge/succession';
import { loadTargetSet } from '../../src/domain/targets/catalogue';
import { random } from '../support/fuzz';
import { tempDir } from '../support/cli';
import { BUILT_IN } from '../support/templates';

/**
 * Seeded mutants of the other inputs a user gives: values CSV, lists of units and successions,
 * deadline and target rules (JSON), and the command line itself. Each must be read or refused
 * with the add-in's own message, within its bound; a command must never end in an internal error.
 * `npm test` runs a few hundred of each; `npm run fuzz -- --count N` runs N (FUZZ_COUNT, FUZZ_SEED).
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 300);
const FIRST = Number(process.env.FUZZ_SEED ?? 1);
const BOUND_MS = 2000;

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const CSV_PIECES = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\uFEFF',
  'mã',
  'code',
  '1,234',
  '1.234,5',
  '-',
  '%',
  'I.2.1',
  '9'.repeat(400),
  'x'.repeat(70_000),
];

/** The sample values, with pieces inserted, lines repeated or cut, at places the seed chooses. */
function csvMutant(base: string, seed: number): string {
  const r = random(seed);
  let text = base;
  for (let n = 1 + Math.floor(r() * 6); n > 0; n--) {
    const at = Math.floor(r() * text.length);
    const how = r();
    if (how < 0.6) text = text.slice(0, at) + pick(r, CSV_PIECES) + text.slice(at);
    else if (how < 0.8) text = text.slice(0, at);
    else text = text.slice(0, at) + text.slice(at, at + Math.floor(r() * 200)).repeat(1 + Math.floor(r() * 50)) + text.slice(at);
  }
  return text;
}

/** A JSON value of random shape: what a hand-edited rules file may hold. */
function jsonValue(r: () => number, depth = 0): unknown {
  const kind = depth > 4 ? Math.floor(r() * 4) : Math.floor(r() * 7);
  if (kind === 0) return pick(r, [0, -1, 1e308, 0.5, 20, 15, 2030, NaN]);
  if (kind === 1) return pick(r, ['', 'Q3', 'quý', '05/9/2024', '\u202e', 'x'.repeat(5000), 'I.2.1', '≥', 'percent']);
  if (kind === 2) return pick(r, [true, false, null]);
  if (kind === 3) return [];
  if (kind === 4) return Array.from({ length: Math.floor(r() * 5) }, () => jsonValue(r, depth + 1));
  const keys = [
    'name',
    'id',
    'targets',
    'quarterBefore',
    'windowCloses',
    'year',
    'code',
    'threshold',
    'op',
    'level',
    'label',
    '__proto__',
    'constructor',
  ];
  return Object.fromEntries(Array.from({ length: Math.floor(r() * 6) }, () => [pick(r, keys), jsonValue(r, depth + 1)]));
}

/** What went wrong reading one input, if anything: a throw that is not the add-in's own, or a read past the bound. */
function tried(what: string, seed: number, read: () => unknown): string[] {
  const start = performance.now();
  const out: string[] = [];
  try {
    read();
  } catch (e) {
    if (!isInputError(e)) out.push(`${what} #${seed}: threw ${String(e)}`);
  }
  const ms = performance.now() - start;
  if (ms > BOUND_MS) out.push(`${what} #${seed}: took ${Math.round(ms)} ms`);
  return out;
}

test(`${COUNT} mutants of a values CSV, a list of units and a succession list: read or refused in the add-in's words`, () => {
  const base = readFileSync(resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv'), 'utf8');
  const units = 'Tên đơn vị\tNhóm\nUBND xã Bắc Sơn\tPhía Bắc\nUBND xã Hồng Quang;Phía Nam\n';
  const succession = 'Đơn vị mới,Đơn vị cũ,Ngày\nUBND xã X,"UBND xã A; UBND xã B",01/7/2025\n';
  const failures: string[] = [];
  for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
    const csv = csvMutant(base, seed);
    failures.push(
      ...tried('values', seed, () => {
        const lines = csv.split(/\r\n|\r|\n/).length;
        for (const e of parseValuesCsv(csv)) if (e.line < 1 || e.line > lines) throw new Error(`line ${e.line} of ${lines}`);
      }),
      ...tried('units', seed, () => [unitsFromText(csvMutant(units, seed)), groupsFromText(csvMutant(units, seed))]),
      ...tried('succession', seed, () => successionFromText(csvMutant(succession, seed))),
    );
  }
  expect(failures).toEqual([]);
});

test(`${COUNT} rules files of random shape: deadline and target rules read or refused in the add-in's words`, () => {
  const failures: string[] = [];
  for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
    const r = random(seed);
    const value = jsonValue(r);
    failures.push(
      ...tried('deadlines', seed, () => loadDeadlineRules(value, 'han-nop.json')),
      ...tried('targets', seed, () => loadTargetSet(value, BUILT_IN)),
    );
  }
  expect(failures).toEqual([]);
});

test(`${Math.ceil(COUNT / 3)} command lines of known and unknown words: never an internal error`, async () => {
  const dir = tempDir();
  const words = [
    'template',
    'templates',
    'fill',
    'validate',
    'recognise',
    'export',
    'compute',
    'merge',
    'targets',
    'gop',
    '--help',
    '--json',
    '--out',
    '--csv',
    '--values',
    '--unit',
    '--period',
    '--expected',
    '--previous',
    '--succession',
    '--deadlines',
    '--window',
    '--due-before',
    '--submitted',
    '--unit-of',
    '--level',
    '--targets',
    '--lang',
    '--lang=xx',
    '--json=1',
    '-o',
    '--',
    'dinh-ky',
    '2024-Q3',
    '2024-Q9',
    '15/6/2024-14/9/2024',
    '=',
    'x=',
    '=y',
    'vi',
    'en',
    'xa',
    '',
    join(dir, 'khong-co.xlsx'),
    join(dir, 'ra.xlsx'),
    join(dir, 'ra.csv'),
    dir,
  ];
  const failures: string[] = [];
  for (let seed = FIRST; seed < FIRST + Math.ceil(COUNT / 3); seed++) {
    const r = random(seed);
    const argv = Array.from({ length: Math.floor(r() * 7) }, () => pick(r, words));
    const err: string[] = [];
    const code = await run(argv, { out: () => undefined, err: (t) => err.push(t) }, {});
    if (code === 3 || err.some((t) => /ERR_|TypeError|undefined/.test(t)))
      failures.push(`${JSON.stringify(argv)}: ${code} ${err.join(' | ')}`);
  }
  expect(failures).toEqual([]);
}, 300_000);
