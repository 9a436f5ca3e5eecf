const { projectConfig } = require('../../test/support/jest-preset');

module.exports = projectConfig('api-client', __dirname);
