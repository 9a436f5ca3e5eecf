/** Prints one closing line, "tests: N passed, N failed, N skipped", that CI reads. */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numFailedTestSuites, numRuntimeErrorTestSuites } =
      results;
    const broken = numRuntimeErrorTestSuites > 0 ? ` (${numFailedTestSuites} suites failed)` : '';
    process.stdout.write(
      `\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped${broken}\n`,
    );
  }
}
module.exports = SummaryReporter;
