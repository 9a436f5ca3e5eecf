import type { SearchQuery, SearchResponse, SuggestResponse } from '@bangfu/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { SEARCH_ENGINE, type EngineHealth, type SearchEngine } from './search-engine';
import { TextNormalizer } from './text/text-normalizer';

export const SUGGEST_LIMIT = 10;

/** Shoppers' search: the query goes through the same text pipeline as the documents, then to the engine. */
@Injectable()
export class SearchService {
  constructor(
    private readonly text: TextNormalizer,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async search(query: SearchQuery): Promise<SearchResponse> {
    const started = performance.now();
    const result = await this.engine.search({
      text: query.q ? this.text.queryText(query.q) : '',
      filters: {
        categoryCode: query.category,
        countyCode: query.county,
        supplierId: query.supplierId,
        minPriceFen: query.minPriceFen,
        maxPriceFen: query.maxPriceFen,
        inStock: query.inStock,
      },
      sort: query.sort,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return {
      items: result.hits.map(({ document: d, highlight }) => ({
        id: d.id,
        name: d.name,
        priceFen: d.priceFen,
        countyCode: d.countyCode,
        countyName: d.countyName,
        categoryCode: d.categoryCode,
        supplierId: d.supplierId,
        supplierName: d.supplierName,
        imageUrl: d.imageUrl,
        inStock: d.inStock,
        ...(highlight ? { highlight } : {}),
      })),
      total: result.total,
      facets: result.facets,
      priceStats: result.priceStats,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  async suggest(q: string): Promise<SuggestResponse> {
    return { items: await this.engine.suggest(this.text.queryText(q), SUGGEST_LIMIT) };
  }

  health(): Promise<EngineHealth> {
    return this.engine.health().catch(() => ({ status: 'down' as const, engine: this.engine.name }));
  }
}
