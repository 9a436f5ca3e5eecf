const { join } = require('node:path');

const root = join(__dirname, '..', '..');

/** One jest set-up for every project: ts-jest without type-checking (tsc checks types), aliases to sources. */
function projectConfig(displayName, rootDir, overrides = {}) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    transform: {
      '^.+\\.tsx?$': ['ts-jest', { tsconfig: join(rootDir, 'tsconfig.spec.json'), diagnostics: false }],
    },
    moduleNameMapper: {
      '^@bangfu/contracts$': join(root, 'libs/contracts/src/index.ts'),
      '^@bangfu/api-client$': join(root, 'libs/api-client/src/index.ts'),
    },
    ...overrides,
  };
}

module.exports = { projectConfig };
