#!/usr/bin/env node
// The `cchc` command: runs the CLI bundled into one file (built by `npm run build:cli`, run on `npm ci`).
// Node warns of `Buffer()` (DEP0005) only for code outside node_modules; bundled, exceljs's
// dependencies are outside it, and a user would see a warning meant for their authors.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const code = typeof rest[0] === 'object' ? rest[0]?.code : rest[1];
  if (code === 'DEP0005') return;
  return emitWarning.call(process, warning, ...rest);
};
require('../dist/cli/cchc.js').main();
