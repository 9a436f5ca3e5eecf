import type { SearchHit, SearchQuery, SearchResponse, SuggestResponse } from '@bangfu/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { SearchDocuments } from './search-documents';
import { SEARCH_ENGINE, type EngineHealth, type SearchDocument, type SearchEngine } from './search-engine';
import { TextNormalizer } from './text/text-normalizer';

export const SUGGEST_LIMIT = 10;

/** Shoppers' search: the query goes through the same text pipeline as the documents, then to the engine. */
@Injectable()
export class SearchService {
  constructor(
    private readonly text: TextNormalizer,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly documents: SearchDocuments,
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
      items: result.hits.map(({ document, highlight }) => ({ ...hitOf(document), ...(highlight ? { highlight } : {}) })),
      total: result.total,
      facets: result.facets,
      priceStats: result.priceStats,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  /** The given products as search hits, in the given order; those not on sale are left out. */
  async hitsOf(ids: number[]): Promise<SearchHit[]> {
    if (ids.length === 0) return [];
    const { documents } = await this.documents.load(ids);
    const byId = new Map(documents.map((d) => [d.id, d]));
    return ids.flatMap((id) => {
      const document = byId.get(id);
      return document ? [hitOf(document)] : [];
    });
  }

  async suggest(q: string): Promise<SuggestResponse> {
    return { items: await this.engine.suggest(this.text.queryText(q), SUGGEST_LIMIT) };
  }

  health(): Promise<EngineHealth> {
    return this.engine.health().catch(() => ({ status: 'down' as const, engine: this.engine.name }));
  }
}

function hitOf(d: SearchDocument): SearchHit {
  return {
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
  };
}
