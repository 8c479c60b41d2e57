#!/usr/bin/env node
// The `cchc` command: runs the CLI bundled into one file (built by `npm run build:cli`, run on
// `npm ci`), with its code cache (bin/cli-loader.js).
require('./cli-loader.js').loadCli().cli.main();
