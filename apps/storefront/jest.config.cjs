const { projectConfig } = require('../../test/support/jest-preset');

/** Unit tests of the storefront's own logic and components, rendered to markup in node (no browser). */
module.exports = projectConfig('storefront', __dirname, { testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'] });
