/**
 * Jest's runner for mutation runs (jest.mutate.config.js), loading only the suites that hold a
 * test Stryker asks for. Stryker runs each mutant's covering tests by name (testNamePattern), but
 * Jest still loads every related suite to find them, and loading is most of a mutant's cost. The
 * names each suite holds are recorded in the run without a pattern (Stryker's first, whole run);
 * a suite with none matching is not loaded. A suite not recorded is always loaded: leaving out a
 * suite could only let a mutant survive, never kill one.
 */
const { existsSync, readFileSync, writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const TestRunner = require('jest-runner').default;

const INDEX = '.covering-suites.json';

class CoveringSuitesRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const file = join(this._globalConfig.rootDir, INDEX);
    const pattern = this._globalConfig.testNamePattern;
    if (!pattern) return this.recordNames(file, tests, watcher, options);
    const names = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    const wanted = new RegExp(pattern, 'i');
    const kept = tests.filter((t) => !(t.path in names) || names[t.path].some((n) => wanted.test(n)));
    return super.runTests(kept, watcher, options);
  }

  async recordNames(file, tests, watcher, options) {
    const names = {};
    const stop = this.on('test-file-success', ([test, result]) => {
      names[test.path] = result.testResults.map((r) => r.fullName);
    });
    try {
      await super.runTests(tests, watcher, options);
    } finally {
      stop();
    }
    // Whole, then renamed: a worker reading it never sees half a file.
    writeFileSync(`${file}.part`, JSON.stringify(names));
    renameSync(`${file}.part`, file);
  }
}

module.exports = CoveringSuitesRunner;
