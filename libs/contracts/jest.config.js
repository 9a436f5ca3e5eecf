const { projectConfig } = require('../../test/support/jest-preset');

module.exports = projectConfig('contracts', __dirname);
