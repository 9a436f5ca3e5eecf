const { projectConfig } = require('../support/jest-preset');

/** `npm run test:browser`: Chromium through the built apps served by the built API (run `npm run build` first). */
module.exports = {
  ...projectConfig('browser', __dirname, { testMatch: ['<rootDir>/**/*.browser-spec.ts'] }),
  reporters: ['default', '<rootDir>/../support/summary-reporter.js'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
