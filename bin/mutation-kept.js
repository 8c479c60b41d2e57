/**
 * The kept mutation results (test/mutation/stryker-incremental.json) against the files Stryker
 * mutates, without running anything: per-file counts, the files with no results, and those whose
 * code or suites changed since theirs.
 */
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');

/** A Stryker glob ("src/domain/**\/*.ts") as a regular expression: "**\/" any folders, "*" any name part. */
function globRegex(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (glob[i] === '*') re += '[^/]*';
    else re += glob[i].replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function filesUnder(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const SCORED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const KILLED = new Set(['Killed', 'Timeout']);

/** Another results file can be given (MUTATION_RESULTS), as the tests do. */
function resultsFile() {
  return process.env.MUTATION_RESULTS ?? join(root, 'test/mutation/stryker-incremental.json');
}

/** The files the globs select (Stryker's "mutate" list: "!" excludes), relative to the project, sorted. */
function filesMatching(globs) {
  const include = globs.filter((g) => !g.startsWith('!')).map(globRegex);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => globRegex(g.slice(1)));
  return filesUnder('src')
    .map((f) => relative(root, join(root, f)).split('\\').join('/'))
    .filter((f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f)))
    .sort();
}

async function strykerConfig() {
  return (await import('../stryker.config.mjs')).default;
}

async function keptResults() {
  const config = await strykerConfig();
  const inScope = filesMatching(config.mutate);
  const file = resultsFile();
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { files: {}, testFiles: {} };
  const changedTests = Object.entries(results.testFiles ?? {})
    .filter(([f, t]) => !existsSync(join(root, f)) || readFileSync(join(root, f), 'utf8') !== t.source)
    .map(([f]) => f);
  const files = [];
  const missing = [];
  const stale = [];
  for (const f of inScope) {
    const kept = results.files[f];
    if (!kept) {
      missing.push(f);
      continue;
    }
    if (readFileSync(join(root, f), 'utf8') !== kept.source) stale.push(f);
    const killed = kept.mutants.filter((m) => KILLED.has(m.status)).length;
    const scored = kept.mutants.filter((m) => SCORED.has(m.status)).length;
    files.push({ file: f, killed, scored });
  }
  const killed = files.reduce((n, f) => n + f.killed, 0);
  const scored = files.reduce((n, f) => n + f.scored, 0);
  return {
    files,
    killed,
    scored,
    score: scored ? (100 * killed) / scored : 0,
    target: config.thresholds.break,
    stale,
    missing,
    changedTests,
  };
}

/**
 * The results to keep after a run, by file: the files it mutated as Stryker reports them (one with
 * nothing to mutate, which Stryker leaves out, kept with no mutants so that it is known to be
 * fresh); every other file of the scope as it was kept before. Stryker reports the files left out
 * of a run with their source of today beside their old results: taken as they are, a change never
 * re-tested would look fresh.
 */
function keptAfterRun({ reported, before, mutated, scope, sourceOf }) {
  const files = {};
  for (const f of scope) {
    if (mutated.has(f)) files[f] = reported[f] ?? { language: 'typescript', source: sourceOf(f), mutants: [] };
    else if (before[f]) files[f] = before[f];
  }
  return files;
}

/**
 * A report with its tests named by file and name instead of by number. Stryker numbers the tests
 * of each run afresh; the results kept from earlier runs would otherwise point, by number, at other
 * tests of the latest run, and a mutant whose killing test is not found is tested again.
 */
function keyedTests(report) {
  const keyOf = new Map();
  const testFiles = {};
  for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
    testFiles[file] = {
      ...entry,
      tests: entry.tests.map((t) => {
        const key = t.id.includes('::') ? t.id : `${file}::${t.name}`;
        keyOf.set(t.id, key);
        return { ...t, id: key };
      }),
    };
  }
  const keyed = (ids) => (ids ?? []).map((id) => keyOf.get(id)).filter((k) => k !== undefined);
  const files = {};
  for (const [file, entry] of Object.entries(report.files ?? {}))
    files[file] = {
      ...entry,
      mutants: entry.mutants.map((m) => ({
        ...m,
        ...(m.killedBy ? { killedBy: keyed(m.killedBy) } : {}),
        ...(m.coveredBy ? { coveredBy: keyed(m.coveredBy) } : {}),
      })),
    };
  return { ...report, files, testFiles };
}

/** The tests known to the kept results: every earlier run's, each file as the latest run that ran it saw it. */
function keptTestFiles(before, reported) {
  return { ...(before ?? {}), ...(reported ?? {}) };
}

module.exports = { keptResults, keptAfterRun, keyedTests, keptTestFiles, filesMatching, strykerConfig, resultsFile, root };
