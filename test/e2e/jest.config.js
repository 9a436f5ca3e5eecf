const { projectConfig } = require('../support/jest-preset');

module.exports = projectConfig('e2e', __dirname, { testMatch: ['<rootDir>/**/*.e2e-spec.ts'] });
