/** Jest runs every suite under test/: domain, adapters, CLI, LibreOffice round trips and the
 *  Chromium page tests. TypeScript is type-checked once by `npm run typecheck`, so ts-jest
 *  only transpiles here. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 120000,
};
