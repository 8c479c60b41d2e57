/**
 * The layers, each importing only downward: core (src/domain) ← app (src/app) ← adapters
 * (src/adapters) ← hosts (src/cli, src/taskpane). `npm run boundaries` fails on any import that
 * runs back up, and on the core importing anything but itself and two pure libraries: zod
 * (the catalogue's schema) and fastest-levenshtein (label distances when recognising sheets).
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'The core is plain TypeScript: no Node, Office, exceljs, fflate, React or Fluent, and nothing from the layers above; pure libraries (zod, string distance, statistics) only.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/zod/', '^node_modules/fastest-levenshtein/', '^node_modules/simple-statistics/'] },
    },
    {
      name: 'app-over-core-only',
      comment: 'Use cases see the core and the ports they declare; hosts hand them adapters.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { pathNot: ['^src/domain/', '^src/app/', '^node_modules/zod/'] },
    },
    {
      name: 'adapters-below-hosts',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(cli|taskpane)/' },
    },
    {
      name: 'hosts-apart',
      comment: 'The command line and the task pane share everything below them, nothing of each other.',
      severity: 'error',
      from: { path: '^src/(cli|taskpane)/' },
      to: { path: '^src/(cli|taskpane)/', pathNot: '^src/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: ['^office-js$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.d\\.ts$' },
  },
};
