#!/usr/bin/env node
/**
 * `npm run mutate:changed`, the last step of `npm test`: Stryker over the files of the core whose
 * code changed since their kept results (or that have none), every other file's results reused;
 * then the kept results are checked (all files scored and fresh, the score at the threshold).
 * A run longer than MUTATION_MINUTES (8) is stopped: a change that large is re-tested with
 * `npm run mutate` before it is committed, with its results.
 */
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { keptResults, root } = require('./mutation-kept');

/** Runs Stryker on the files; false when it was stopped for taking too long. */
function mutate(files, minutes) {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, [join(__dirname, 'mutation-results.js'), '--mutate', files.join(','), '--reporters', 'progress'], {
      cwd: root,
      stdio: 'inherit',
      detached: true,
    });
    const timer = setTimeout(() => {
      process.kill(-run.pid, 'SIGKILL');
      resolve(false);
    }, minutes * 60_000);
    run.on('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

(async () => {
  const before = await keptResults();
  const files = [...before.stale, ...before.missing];
  if (files.length) {
    const minutes = Number(process.env.MUTATION_MINUTES ?? 8);
    console.log(`Mutation testing the files changed since their kept results: ${files.join(', ')}`);
    if (!(await mutate(files, minutes))) {
      console.error(
        `Stopped after ${minutes} minutes. Re-test these files with npm run mutate -- --mutate '${files.join(',')}' ` +
          'and commit test/mutation/stryker-incremental.json with the change.',
      );
      process.exit(1);
    }
  }
  const after = await keptResults();
  const problems = [];
  if (after.stale.length || after.missing.length) problems.push(`no fresh results for ${[...after.stale, ...after.missing].join(', ')}`);
  if (after.score < after.target) problems.push(`the score is under ${after.target}%`);
  console.log(
    `Mutation score of the kept results: ${after.score.toFixed(1)}% (${after.killed} of ${after.scored} mutants killed)` +
      (problems.length ? `; ${problems.join('; ')}.` : '.'),
  );
  if (problems.length) process.exit(1);
})();
