/**
 * The in-process suites that exercise the core and the merge: what `npm run mutate` runs against
 * each mutant. The adapter suites (Office.js double, LibreOffice, CLI, browser) and the rule cases
 * written to real files are left to `npm test`: they would cost seconds per mutant.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  // Stryker asks jest for the suites related to the mutated file: jest must see the sources to know them.
  roots: ['<rootDir>/test', '<rootDir>/src'],
  // Each mutant's run loads only the suites holding its covering tests.
  runner: '<rootDir>/test/mutation/covering-suites-runner.js',
  testMatch: [
    '<rootDir>/test/domain/**/*.test.ts',
    '<rootDir>/test/recognise/**/*.test.ts',
    '<rootDir>/test/validate/rules.test.ts',
    '<rootDir>/test/validate/bac-son.test.ts',
    '<rootDir>/test/validate/missing.test.ts',
    '<rootDir>/test/validate/missing-hints.test.ts',
    '<rootDir>/test/validate/damaged-version.test.ts',
    '<rootDir>/test/validate/marks-text.test.ts',
    '<rootDir>/test/validate/data-template.test.ts',
    '<rootDir>/test/validate/part-year.test.ts',
    '<rootDir>/test/merge/breakdown.test.ts',
    '<rootDir>/test/merge/merge-inputs.test.ts',
    '<rootDir>/test/merge/expected-units.test.ts',
    '<rootDir>/test/merge/recognised-merge.test.ts',
    '<rootDir>/test/merge/breakdown-reported.test.ts',
    '<rootDir>/test/merge/merge-edges.test.ts',
    '<rootDir>/test/merge/outliers.test.ts',
    '<rootDir>/test/merge/previous.test.ts',
    '<rootDir>/test/merge/previous-sheet.test.ts',
    '<rootDir>/test/merge/groups.test.ts',
    '<rootDir>/test/merge/targets-sheet.test.ts',
    '<rootDir>/test/merge/targets-sheet-plan.test.ts',
    '<rootDir>/test/merge/charts-sheet.test.ts',
    '<rootDir>/test/workbook/template-roundtrip.test.ts',
    '<rootDir>/test/app/targets.test.ts',
  ],
};
