import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** The score script run on a results file written here. */
function score(results: object, ...args: string[]): { out: string; status: number | null } {
  const file = join(mkdtempSync(join(tmpdir(), 'mutation-score-')), 'results.json');
  writeFileSync(file, JSON.stringify(results));
  const r = spawnSync(process.execPath, [join(root, 'bin/mutation-score.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MUTATION_RESULTS: file },
  });
  return { out: r.stdout, status: r.status };
}

const mutants = (statuses: string[]) => statuses.map((status, i) => ({ id: String(i), mutatorName: 'x', status, location: {} }));
const source = (file: string) => readFileSync(join(root, file), 'utf8');

test('scores killed and timed-out mutants over those scored; ignored ones and errors are not scored', () => {
  const r = score({
    files: {
      'src/domain/period.ts': { source: source('src/domain/period.ts'), mutants: mutants(['Killed', 'Timeout', 'Survived', 'Ignored']) },
      'src/domain/sheet/plan.ts': {
        source: source('src/domain/sheet/plan.ts'),
        mutants: mutants(['Killed', 'NoCoverage', 'RuntimeError']),
      },
    },
    testFiles: {},
  });
  // (2 + 1) killed of (3 + 2) scored.
  expect(r.out).toContain('Score: 3 of 5 scored mutants killed, 60.0% (break under 85%).');
  expect(r.out).toMatch(/ 66\.7% +2\/3 +src\/domain\/period\.ts\n/);
  expect(r.out).toMatch(/ 50\.0% +1\/2 +src\/domain\/sheet\/plan\.ts\n/);
  // Template data is not mutated, so not listed as missing; the other files of the core are.
  expect(r.out).not.toContain('src/domain/templates/');
  expect(r.out).toMatch(/No results yet \(\d+\): .*src\/domain\/merge\/merge\.ts/);
  expect(r.status).toBe(0);
});

test('--check fails on stale results, on files without results, and under the threshold', () => {
  const stale = score(
    { files: { 'src/domain/period.ts': { source: 'older code', mutants: mutants(['Killed']) } }, testFiles: {} },
    '--check',
  );
  expect(stale.out).toContain('Code changed since its results (re-run them): src/domain/period.ts');
  expect(stale.status).toBe(1);
  const suites = score({ files: {}, testFiles: { 'test/domain/expr.test.ts': { source: 'older tests' } } });
  expect(suites.out).toContain('Suites changed since the results (their mutants are re-tested by the next run): 1');
});

test('--check passes when every file of the core has fresh results at the threshold or above', () => {
  const core = spawnSync('git', ['ls-files', 'src/domain'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\n')
    .filter((f) => f.endsWith('.ts') && !f.startsWith('src/domain/templates/'));
  expect(core.length).toBeGreaterThan(50);
  // 17 of 20 killed (85%) in one file, every other file all killed.
  const files = Object.fromEntries(core.map((f) => [f, { source: source(f), mutants: mutants(['Killed']) }]));
  files['src/domain/period.ts'].mutants = mutants([...Array(17).fill('Killed'), 'Survived', 'Survived', 'NoCoverage']);
  const r = score({ files, testFiles: {} }, '--check');
  expect(r.out).not.toContain('No results yet');
  expect(r.status).toBe(0);
  files['src/domain/period.ts'].mutants = mutants([...Array(16 + core.length).fill('Killed'), ...Array(core.length + 4).fill('Survived')]);
  expect(score({ files, testFiles: {} }, '--check').status).toBe(1);
});

/** The changed-files step run on a results file written here. */
function changed(results: object, minutes: string): { out: string; err: string; status: number | null } {
  const file = join(mkdtempSync(join(tmpdir(), 'mutation-changed-')), 'results.json');
  writeFileSync(file, JSON.stringify(results));
  const r = spawnSync(process.execPath, [join(root, 'bin/mutation-changed.js')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MUTATION_RESULTS: file, MUTATION_MINUTES: minutes },
  });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

test('the test step runs nothing when every file has fresh results, and checks the score', () => {
  const core = spawnSync('git', ['ls-files', 'src/domain'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\n')
    .filter((f) => f.endsWith('.ts') && !f.startsWith('src/domain/templates/'));
  const files = Object.fromEntries(core.map((f) => [f, { source: source(f), mutants: mutants(['Killed']) }]));
  // 0.001 minutes: any mutation run would be stopped and fail the step.
  const fresh = changed({ files, testFiles: {} }, '0.001');
  expect(fresh.out).toBe(`Mutation score of the kept results: 100.0% (${core.length} of ${core.length} mutants killed).\n`);
  expect(fresh.status).toBe(0);
  // As many survivors as killed mutants in all.
  files['src/domain/period.ts'].mutants = mutants(['Killed', ...Array(core.length).fill('Survived')]);
  const low = changed({ files, testFiles: {} }, '0.001');
  expect(low.out).toContain('50.0%');
  expect(low.out).toContain('; the score is under 85%.');
  expect(low.status).toBe(1);
});

test('the test step mutates the files changed since their results, and stops a run too long to wait for', () => {
  const r = changed({ files: { 'src/domain/period.ts': { source: 'older code', mutants: mutants(['Killed']) } }, testFiles: {} }, '0.001');
  expect(r.out).toMatch(/^Mutation testing the files changed since their kept results: src\/domain\/period\.ts, src\/domain\//);
  expect(r.err).toContain("Stopped after 0.001 minutes. Re-test these files with npm run mutate -- --mutate 'src/domain/period.ts,");
  expect(r.status).toBe(1);
});

/** `npm run mutate` with a stand-in for Stryker (an `npx` that writes the given report, or nothing). */
function results(
  report: object | undefined,
  kept: object,
  ...args: string[]
): { kept: { files: Record<string, { mutants: object[] }> } & object; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'mutation-results-'));
  const file = join(dir, 'results.json');
  writeFileSync(file, JSON.stringify(kept));
  const fake = join(dir, 'npx');
  const write = report ? `require('fs').writeFileSync(process.env.MUTATION_RESULTS, ${JSON.stringify(JSON.stringify(report))});` : '';
  writeFileSync(fake, `#!${process.execPath}\n${write}\nprocess.exit(${report ? 0 : 3});\n`, { mode: 0o755 });
  const r = spawnSync(process.execPath, [join(root, 'bin/mutation-results.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MUTATION_RESULTS: file, PATH: `${dir}:${process.env.PATH}` },
  });
  return { kept: JSON.parse(readFileSync(file, 'utf8')), status: r.status };
}

test("the kept results lose the machine's folder and the failure texts, and gain the mutated files with nothing to mutate", () => {
  const period = {
    language: 'typescript',
    source: source('src/domain/period.ts'),
    mutants: [{ id: '1', mutatorName: 'x', status: 'Killed', statusReason: `at ${root}/src/domain/period.ts:3`, location: {} }],
  };
  const r = results(
    { projectRoot: root, files: { [`${root}/src/domain/period.ts`]: period }, testFiles: {} },
    { files: {}, testFiles: {} },
    '--mutate',
    'src/domain/period.ts,src/domain/validate/finding.ts:1-9,src/domain/templates/dinh-ky.ts',
  );
  expect(r.status).toBe(0);
  expect(r.kept).not.toHaveProperty('projectRoot');
  expect(Object.keys(r.kept.files).sort()).toEqual(['src/domain/period.ts', 'src/domain/validate/finding.ts']);
  expect(r.kept.files['src/domain/period.ts'].mutants).toEqual([{ id: '1', mutatorName: 'x', status: 'Killed', location: {} }]);
  // Stryker found nothing to mutate in the file of types: kept fresh with no mutants; template data is out of scope.
  expect(r.kept.files['src/domain/validate/finding.ts']).toEqual({
    language: 'typescript',
    source: source('src/domain/validate/finding.ts'),
    mutants: [],
  });
});

test('a run that wrote no results adds none, and its exit code is kept', () => {
  const r = results(undefined, { files: {}, testFiles: {} }, '--mutate', 'src/domain/validate/finding.ts');
  expect(r.kept).toEqual({ files: {}, testFiles: {} });
  expect(r.status).toBe(3);
});

test('files kept with no mutants stay when a later run mutates other files, with the source they were judged on', () => {
  const empty = { language: 'typescript', source: 'older types', mutants: [] };
  const killed = { language: 'typescript', source: 'older code', mutants: mutants(['Killed']) };
  const period = { language: 'typescript', source: source('src/domain/period.ts'), mutants: mutants(['Survived']) };
  const r = results(
    { files: { [`${root}/src/domain/period.ts`]: period }, testFiles: {} },
    { files: { 'src/domain/validate/finding.ts': empty, 'src/domain/sheet/plan.ts': killed }, testFiles: {} },
    '--mutate',
    'src/domain/period.ts',
  );
  expect(r.status).toBe(0);
  // The file of types and the file with mutants, both left out of the run, are carried over as they were.
  expect(r.kept.files).toEqual({
    'src/domain/period.ts': period,
    'src/domain/validate/finding.ts': empty,
    'src/domain/sheet/plan.ts': killed,
  });
});

test('after a run, the files it left out keep the results and source they were judged on', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { keptAfterRun } = require('../../bin/mutation-kept.js') as {
    keptAfterRun: (a: {
      reported: Record<string, unknown>;
      before: Record<string, unknown>;
      mutated: Set<string>;
      scope: string[];
      sourceOf: (f: string) => string;
    }) => Record<string, unknown>;
  };
  const entry = (source: string, status = 'Killed') => ({ language: 'typescript', source, mutants: mutants([status]) });
  const files = keptAfterRun({
    // Stryker's report: the file run (c.ts) and a file left out (a.ts) with today's source.
    reported: { 'a.ts': entry('a of today'), 'c.ts': entry('c of today', 'Survived') },
    before: { 'a.ts': entry('a as judged'), 'b.ts': entry('b as judged'), 'c.ts': entry('c as judged'), 'gone.ts': entry('x') },
    // d.ts has nothing to mutate: Stryker leaves it out of its report.
    mutated: new Set(['c.ts', 'd.ts']),
    scope: ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts'],
    sourceOf: (f) => `${f} read`,
  });
  expect(files).toEqual({
    'a.ts': entry('a as judged'),
    'b.ts': entry('b as judged'),
    'c.ts': entry('c of today', 'Survived'),
    'd.ts': { language: 'typescript', source: 'd.ts read', mutants: [] },
  });
});

test('kept results name tests by file and name, so that results of earlier runs still point at their tests', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { keyedTests, keptTestFiles } = require('../../bin/mutation-kept.js') as {
    keyedTests: (r: object) => {
      files: Record<string, { mutants: { killedBy?: string[]; coveredBy?: string[] }[] }>;
      testFiles: Record<string, { tests: { id: string; name: string }[] }>;
    };
    keptTestFiles: (before: object, reported: object) => Record<string, unknown>;
  };
  // A run numbers its tests from 1; a test already named keeps its name; a number the run does not know points at nothing.
  const keyed = keyedTests({
    files: { 'a.ts': { mutants: [{ killedBy: ['2'], coveredBy: ['1', '2', '9'] }, { coveredBy: [] }] } },
    testFiles: {
      't/a.test.ts': {
        source: 'a',
        tests: [
          { id: '1', name: 'a one' },
          { id: '2', name: 'a two' },
        ],
      },
      't/b.test.ts': { source: 'b', tests: [{ id: 't/b.test.ts::b one', name: 'b one' }] },
    },
  });
  expect(keyed.testFiles['t/a.test.ts'].tests.map((t) => t.id)).toEqual(['t/a.test.ts::a one', 't/a.test.ts::a two']);
  expect(keyed.testFiles['t/b.test.ts'].tests.map((t) => t.id)).toEqual(['t/b.test.ts::b one']);
  expect(keyed.files['a.ts'].mutants).toEqual([
    { killedBy: ['t/a.test.ts::a two'], coveredBy: ['t/a.test.ts::a one', 't/a.test.ts::a two'] },
    { coveredBy: [] },
  ]);
  // The tests kept: every earlier run's, a file the latest run ran as it saw it.
  expect(keptTestFiles({ 't/a.test.ts': 'then', 't/b.test.ts': 'then' }, { 't/b.test.ts': 'now', 't/c.test.ts': 'now' })).toEqual({
    't/a.test.ts': 'then',
    't/b.test.ts': 'now',
    't/c.test.ts': 'now',
  });
});
