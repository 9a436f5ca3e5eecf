import type { AppConfig } from '../config/config';
import { EmbeddedSearchEngine } from './embedded/embedded-engine';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine';
import type { SearchEngine } from './search-engine';
import type { TextNormalizer } from './text/text-normalizer';

/** Meilisearch when MEILI_HOST is set, else the embedded engine; everything else is the same. */
export function createEngine(config: AppConfig, text: TextNormalizer): SearchEngine {
  return config.meili
    ? new MeilisearchEngine({ host: config.meili.host, apiKey: config.meili.apiKey, timeoutMs: 5_000 }, text)
    : new EmbeddedSearchEngine(text);
}
