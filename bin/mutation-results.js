#!/usr/bin/env node
/**
 * `npm run mutate`: Stryker, then its per-mutant results (kept in the repository for incremental
 * runs) stripped of what belongs to one machine: the project's absolute folder and the failure
 * texts with their stack traces. The run's exit code is kept.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { filesMatching, keptAfterRun, keptTestFiles, keyedTests, resultsFile, strykerConfig, root } = require('./mutation-kept');

const results = resultsFile();
const args = process.argv.slice(2);
const writtenAt = () => (existsSync(results) ? statSync(results).mtimeMs : 0);

/** The globs this run mutates: its --mutate list (line ranges dropped), else the configuration's. */
function mutatedGlobs(config) {
  const i = args.findIndex((a) => a === '--mutate' || a.startsWith('--mutate='));
  if (i < 0) return config.mutate;
  const list = args[i] === '--mutate' ? args[i + 1] : args[i].slice('--mutate='.length);
  return list.split(',').map((g) => g.replace(/:\d+(?::\d+)?-\d+(?::\d+)?$/, ''));
}

/** The kept results before this run, their tests named by file and name. */
function keptBefore() {
  return existsSync(results) ? keyedTests(JSON.parse(readFileSync(results, 'utf8'))) : { files: {}, testFiles: {} };
}

(async () => {
  const kept = keptBefore();
  const before = writtenAt();
  const run = spawnSync('npx', ['stryker', 'run', '--incrementalFile', results, ...args], { cwd: root, stdio: 'inherit' });
  if (writtenAt() > before) {
    // Paths are made relative to the project before anything is looked up by them.
    const report = keyedTests(JSON.parse(readFileSync(results, 'utf8').split(`${root}/`).join('')));
    delete report.projectRoot;
    for (const file of Object.values(report.files)) for (const mutant of file.mutants) delete mutant.statusReason;
    const config = await strykerConfig();
    const scope = filesMatching(config.mutate);
    const mutated = new Set(filesMatching(mutatedGlobs(config)));
    report.files = keptAfterRun({
      reported: report.files,
      before: kept.files,
      mutated,
      scope,
      sourceOf: (f) => readFileSync(join(root, f), 'utf8'),
    });
    report.testFiles = keptTestFiles(kept.testFiles, report.testFiles);
    // Whole, then renamed: a run stopped while writing leaves the kept results as they were.
    writeFileSync(`${results}.part`, JSON.stringify(report));
    renameSync(`${results}.part`, results);
  }
  process.exit(run.status ?? 1);
})();
