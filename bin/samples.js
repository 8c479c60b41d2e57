#!/usr/bin/env node
// Writes the bundled sample workbooks into dist/samples (served by bin/serve.js under /samples):
// Mẫu A filled with the figures UBND xã Bắc Sơn reported for quarter III/2024.
const fs = require('fs');
const path = require('path');
const { run } = require('../dist/node/cli/main.js');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'samples');
const quiet = { out: () => undefined, err: (t) => console.error(t) };

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const blank = path.join(out, 'mau-a-bac-son-trong.xlsx');
  const filled = path.join(out, 'bac-son-2024-Q3.xlsx');
  const steps = [
    [
      'template',
      'dinh-ky',
      '--out',
      blank,
      '--unit',
      'UBND xã Bắc Sơn',
      '--period',
      '2024-Q3',
      '--report-number',
      '68/BC-UBND',
      '--report-date',
      '15/9/2024',
    ],
    ['fill', blank, '--values', path.join(root, 'assets', 'samples', 'bac-son-2024-Q3.csv'), '--out', filled],
  ];
  for (const args of steps) {
    const code = await run(args, quiet);
    if (code !== 0) process.exit(code);
  }
  console.log(`Tệp mẫu: ${path.relative(root, filled)}`);
})();
