// Appends each Jest run's counts to tmp/test-summary.jsonl, so .ci/run can print one closing
// line for the whole suite ("N passed, N failed, N skipped") across every Nx project, followed
// by the name and first lines of every failed test (CI logs are often cut to their tail).
const { appendFileSync, mkdirSync } = require('node:fs');
const { join, relative } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', 'tmp');
    mkdirSync(dir, { recursive: true });
    const workspace = join(__dirname, '..');
    const failures = [];
    for (const file of results.testResults) {
      if (file.testExecError) failures.push({ test: relative(workspace, file.testFilePath), message: String(file.testExecError.message).slice(0, 600) });
      for (const test of file.testResults) {
        if (test.status !== 'failed') continue;
        failures.push({
          test: `${relative(workspace, file.testFilePath)} › ${test.fullName}`,
          message: (test.failureMessages[0] ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 8).join('\n'),
        });
      }
    }
    appendFileSync(
      join(dir, 'test-summary.jsonl'),
      JSON.stringify({
        rootDir: this.rootDir,
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        skipped: results.numPendingTests + results.numTodoTests,
        failures,
      }) + '\n',
    );
  }
}
module.exports = SummaryReporter;
