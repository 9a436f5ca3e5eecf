const { projectConfig } = require('../support/jest-preset');

module.exports = projectConfig('workspace', __dirname);
