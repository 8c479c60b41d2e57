#!/usr/bin/env node
/**
 * `npm run mutate`: Stryker, then its per-mutant results (kept in the repository for incremental
 * runs) stripped of what belongs to one machine: the project's absolute folder and the failure
 * texts with their stack traces. The run's exit code is kept.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const results = join(root, 'test/mutation/stryker-incremental.json');
const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  delete report.projectRoot;
  for (const file of Object.values(report.files)) for (const mutant of file.mutants) delete mutant.statusReason;
  const text = JSON.stringify(report).split(`${root}/`).join('');
  writeFileSync(results, text);
}
process.exit(run.status ?? 1);
