// Mutation testing of the pure core and the merge (`npm run mutate`): each mutant of src/domain
// is run against the in-process suites of jest.mutate.config.js. The score is stated in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutate.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/domain/**/*.ts',
    // Template data: the forms' labels and formulas are checked against the reference by the catalogue and LibreOffice tests, not by mutating text.
    '!src/domain/templates/**',
  ],
  ignorePatterns: ['dist', 'reports', 'coverage', 'test/.out', 'assets/*.png'],
  disableTypeChecks: 'src/**/*.{ts,tsx}',
  concurrency: 2,
  // Generous: on a busy two-core machine a slow run is not an endless loop.
  timeoutMS: 15000,
  // Mutants in module-level constants run every suite; they are reported as ignored, not scored.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  // Results are kept per mutant and test in a committed file, so a run re-tests only what changed since the last one.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
