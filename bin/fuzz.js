#!/usr/bin/env node
// npm run fuzz -- --count 5000 [--seed 1]: the fuzz suites of received files (test/hostile/fuzz.test.ts)
// and of the other inputs, CSV, JSON and command lines (fuzz-inputs.test.ts), with as many seeded
// mutants as asked; a failure names the seed that makes its mutant again.
const { spawnSync } = require('node:child_process');
const { parseArgs } = require('node:util');

const { values } = parseArgs({ options: { count: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' } } });
const run = spawnSync('npx', ['jest', 'test/hostile/fuzz.test.ts', 'test/hostile/fuzz-inputs.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_COUNT: values.count, FUZZ_SEED: values.seed },
});
process.exit(run.status ?? 1);
