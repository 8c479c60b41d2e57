#!/usr/bin/env node
// Part of `npm run build:cli`: runs the bundled `cchc` once through a unit's work and a merge
// (a template filled from the bundled samples, checked, two units merged), then saves V8's code
// cache of what was compiled, which bin/cli-loader.js gives each new `cchc` process.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadCli } = require('./cli-loader.js');

const root = path.resolve(__dirname, '..');
const { cli, saveCaches } = loadCli({ produce: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-code-cache-'));
const quiet = { out: () => undefined, err: () => undefined };
const sample = (name) => path.join(root, 'assets', 'samples', name);

(async () => {
  try {
    fs.mkdirSync(path.join(dir, 'in'));
    const units = [
      ['UBND xã Một', 'xa-nhat-quan-2024-Q3.csv'],
      ['UBND xã Hai', 'bac-son-2024-Q3.csv'],
    ];
    for (const [i, [unit, values]] of units.entries()) {
      const form = path.join(dir, `mau-${i}.xlsx`);
      await step(['template', 'dinh-ky', '--out', form, '--unit', unit, '--period', '2024-Q3']);
      await step(['fill', form, '--values', sample(values), '--out', path.join(dir, 'in', `xa-${i}.xlsx`)]);
    }
    await step(['validate', path.join(dir, 'in')]);
    await step(['merge', path.join(dir, 'in'), '--out', path.join(dir, 'tong-hop.xlsx'), '--unit', 'Sở Nội vụ tỉnh Thử']);
    saveCaches();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(`code cache: ${e.message}`);
  process.exitCode = 1;
});

/** One command; anything but "done" or "done with findings" (0, 1) fails the build. */
async function step(argv) {
  const code = await cli.run(argv, quiet, {});
  if (code > 1) throw new Error(`cchc ${argv[0]} exited ${code}`);
}
