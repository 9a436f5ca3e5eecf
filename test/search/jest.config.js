const { projectConfig } = require('../support/jest-preset');

/** The judged relevance set: one real app over the demo catalog, NDCG@10 and zero-result rate. */
module.exports = projectConfig('search', __dirname);
