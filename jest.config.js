/** `npm test`: every project's unit tests and the API journeys, on the embedded database. */
module.exports = {
  projects: ['<rootDir>/libs/contracts', '<rootDir>/apps/api', '<rootDir>/test/e2e'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
