// Writes each Jest run's pass/fail counts to <repo>/.jest-results so that `npm test` and CI can print one plain
// "N passed, N failed" line across all workspace packages.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const repoRoot = join(__dirname, '..');
    const name = (relative(repoRoot, this.rootDir) || 'root').replace(/[\\/]/g, '-') + (process.env.JEST_SUITE ? `-${process.env.JEST_SUITE}` : '');
    const dir = join(repoRoot, '.jest-results');
    mkdirSync(dir, { recursive: true });
    const failedSuites = results.numRuntimeErrorTestSuites ?? 0;
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ passed: results.numPassedTests, failed: results.numFailedTests + failedSuites }));
  }
}

module.exports = SummaryReporter;
