/** `npm test`: every project's unit tests and the API journeys, on the embedded database. */
module.exports = {
  projects: ['<rootDir>/libs/contracts', '<rootDir>/libs/api-client', '<rootDir>/apps/storefront/jest.config.cjs', '<rootDir>/apps/api', '<rootDir>/test/e2e', '<rootDir>/test/reliability', '<rootDir>/test/search', '<rootDir>/test/workspace'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 60_000,
};
