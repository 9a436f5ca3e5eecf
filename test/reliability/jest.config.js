const { projectConfig } = require('../support/jest-preset');

/** The reliability suite: authorization matrix, input fuzzing, concurrency and crash cases, on both databases. */
module.exports = projectConfig('reliability', __dirname, { testMatch: ['<rootDir>/**/*.reliability-spec.ts'] });
