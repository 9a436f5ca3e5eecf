import type { CategoryCode, CountyCode, SearchSort } from '@bangfu/contracts';

/**
 * What both engines index: one public product, its text already normalized by search/text
 * (simplified Chinese, segmented words, pinyin and initials), so the engines only match and rank.
 * Synonyms are applied to queries, so editing them needs no reindex.
 */
export interface SearchDocument {
  id: number;
  name: string;
  /** Segmented, simplified, lower-cased words of the name and their characters, space-separated. */
  nameWords: string;
  /** Segmented words of the category, county, town, village, supplier, description and SKU specs. */
  keywords: string;
  /** Full pinyin of the name without tones, per word and joined (xianggu, xiang gu). */
  pinyin: string;
  /** Initials of the name's words (xg). */
  initials: string;
  categoryCode: CategoryCode;
  countyCode: CountyCode;
  countyName: string;
  supplierId: number;
  supplierName: string;
  /** The cheapest SKU. */
  priceFen: number;
  inStock: boolean;
  salesCount: number;
  /** Epoch milliseconds when the product was certified or created. */
  createdAt: number;
  imageUrl: string | null;
}

export interface EngineQuery {
  /** Normalized like the documents; empty browses. */
  text: string;
  filters: {
    categoryCode?: CategoryCode;
    countyCode?: CountyCode;
    supplierId?: number;
    minPriceFen?: number;
    maxPriceFen?: number;
    inStock?: boolean;
  };
  sort: SearchSort;
  offset: number;
  limit: number;
}

export interface EngineResult {
  hits: { document: SearchDocument; highlight?: string }[];
  total: number;
  /** Counts over the query and every filter except the facet's own. */
  facets: { category: Record<string, number>; county: Record<string, number> };
  priceStats: { minFen: number | null; maxFen: number | null };
}

export interface EngineHealth {
  status: 'up' | 'down';
  engine: 'embedded' | 'meilisearch';
  documents?: number;
}

/** The port both engines implement; one contract test suite runs against each. */
export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Creates indexes and applies settings (searchable, filterable, sortable attributes, ranking, typo tolerance). */
  prepare(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: number[]): Promise<void>;
  /** Drops every document (before a full reindex). */
  clear(): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  /** Up to `limit` names matching a prefix of the name, its pinyin or its initials. */
  suggest(text: string, limit: number): Promise<{ id: number; name: string }[]>;
  health(): Promise<EngineHealth>;
  /** Engines that match synonyms themselves take the association's table; others rely on query expansion. */
  setSynonyms?(groups: string[][]): Promise<void>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
