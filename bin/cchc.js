#!/usr/bin/env node
// The `cchc` command: runs the compiled CLI (built by `npm run build:cli`, run on `npm ci`).
require('../dist/node/cli/main.js').main();
