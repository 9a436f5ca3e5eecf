import type { SearchSort } from '@bangfu/contracts';
import type { EngineHealth, EngineQuery, EngineResult, SearchDocument, SearchEngine } from '../search-engine';
import type { TextNormalizer } from '../text/text-normalizer';
import { CodeList, DocumentSlots } from './document-slots';
import { InvertedIndex, MAX_QUERY_WORDS, ScoreBoard, type TermQuery, type TextField } from './inverted-index';
import { selectTop } from './select-top';

/** How the text is matched: a search or the completion of what is being typed. */
interface Matching {
  /** A name word outweighs its pinyin, which outweighs the places, supplier and description. */
  boosts: Readonly<Partial<Record<TextField, number>>>;
  /** Prefix-match the last term even when it is a whole indexed word. */
  alwaysPrefix: boolean;
  forgiveTypos: boolean;
}

const SEARCHING: Matching = { boosts: { nameWords: 4, pinyin: 2, initials: 1.5, keywords: 1 }, alwaysPrefix: false, forgiveTypos: true };
/** Suggestions complete names: their words, pinyin and initials. */
const SUGGESTING: Matching = { boosts: { nameWords: 4, pinyin: 2, initials: 1.5 }, alwaysPrefix: true, forgiveTypos: false };
/** A synonym the pipeline added counts this much of the word the shopper typed. */
const SYNONYM_WEIGHT = 0.4;
/** Changed and removed documents leave dead slots behind; past this many (and past the live count) the index is rebuilt. */
const MIN_DEAD_SLOTS_TO_REBUILD = 10_000;

const HAN = /\p{Script=Han}/u;
const LETTERS = /^[a-z]+$/;
const SPACE = 0x20;

type Compare = (a: number, b: number) => number;

/**
 * The default engine, in memory, rebuilt from the database at start: an inverted index of the
 * documents' name words, pinyin, initials and keywords (MiniSearch's radix tree expands prefixes
 * and typos), and our own filters, facets, price stats, sorting and exact totals, done in one pass
 * over the matches with a bounded selection for the page instead of a full sort.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private slots = new DocumentSlots();
  private index = new InvertedIndex();
  private readonly board = new ScoreBoard();

  /** The text pipeline that built the documents: for synonyms, highlights and queries that match nothing. */
  constructor(private readonly text: TextNormalizer) {}

  async prepare(): Promise<void> {
    // Nothing to create: the index lives in this object.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) {
      const previous = this.slots.slotOf(document.id);
      if (previous !== undefined) this.retire(previous);
      this.index.add(this.slots.add(document), document);
    }
    this.rebuildIfWasteful();
  }

  async remove(ids: number[]): Promise<void> {
    for (const id of ids) {
      const slot = this.slots.slotOf(id);
      if (slot !== undefined) this.retire(slot);
    }
    this.rebuildIfWasteful();
  }

  async clear(): Promise<void> {
    this.slots = new DocumentSlots();
    this.index = new InvertedIndex();
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const text = query.text.trim();
    const { slots, board } = this;
    board.fit(slots.size);
    try {
      const shown = text ? this.match(text, SEARCHING) : new Map<string, string>();
      const { selected, facets, priceStats } = this.filterAndCount(query.filters, text ? board.touched : undefined);
      const page = selectTop(selected, query.offset + query.limit, comparator(query.sort, slots, board.scores)).slice(query.offset);
      return {
        hits: page.map((slot) => this.hit(slot, text ? shown : undefined)),
        total: selected.length,
        facets,
        priceStats,
      };
    } finally {
      board.reset();
    }
  }

  /**
   * Names whose words, pinyin or initials start like the text, those matching more of its words
   * first, then best sellers. Text already expanded by the pipeline (synonyms) suggests as well as
   * what the shopper typed.
   */
  async suggest(text: string, limit: number): Promise<{ id: number; name: string }[]> {
    const words = this.text.words(text);
    if (words.length === 0 || limit <= 0) return [];
    const { slots, board } = this;
    board.fit(slots.size);
    try {
      this.match(words.join(' '), SUGGESTING);
      const { matchedWords } = board;
      const bySales = bestSelling(slots);
      const byMatchedWords: Compare = (a, b) => bitCount(matchedWords[b]) - bitCount(matchedWords[a]) || bySales(a, b);
      return selectTop(board.touched, limit, byMatchedWords).map((slot) => {
        const { id, name } = this.documentIn(slot);
        return { id, name };
      });
    } finally {
      board.reset();
    }
  }

  async health(): Promise<EngineHealth> {
    return { status: 'up', engine: 'embedded', documents: this.slots.liveCount };
  }

  /** Scores the text's matches onto the board, falling back to the pipeline's looser query when nothing matched. */
  private match(text: string, matching: Matching): Map<string, string> {
    const shown = this.index.score(this.termQueries(text, matching), matching.boosts, this.slots.live, this.board);
    if (this.board.touched.length > 0) return shown;
    const fallback = this.text.fallbackQueryText(text);
    return fallback ? this.index.score(this.termQueries(fallback, matching), matching.boosts, this.slots.live, this.board) : shown;
  }

  /**
   * The text's terms as index queries. Synonyms count for the word they stand in for, so matching
   * 香菇 and its synonym 花菇 is one word matched, not two. A term found whole in the index is
   * taken as meant: no longer words by prefix (香菇 is not 香菇酱) and no typo variants.
   */
  private termQueries(text: string, matching: Matching): TermQuery[] {
    const terms = [...new Set(text.split(' ').filter(Boolean))];
    const standsFor = this.text.synonymExpansions(terms);
    const words = [...new Set(terms.map((t) => standsFor.get(t) ?? t))].slice(0, MAX_QUERY_WORDS);
    // Pinyin the shopper typed may hold typos; pinyin the pipeline spelled from Chinese does not.
    const typed = matching.forgiveTypos && !HAN.test(text);
    return terms.flatMap((term, i) => {
      const word = words.indexOf(standsFor.get(term) ?? term);
      if (word < 0) return [];
      const known = this.index.has(term);
      return {
        term,
        // Only the last term is still being typed; one latin letter would expand to half the index.
        prefix: i === terms.length - 1 && (matching.alwaysPrefix || !known) && (HAN.test(term) || term.length >= 2),
        maxTypos: typed && !known ? typoDistance(term) : 0,
        weight: standsFor.has(term) ? SYNONYM_WEIGHT : 1,
        standsFor: standsFor.get(term),
        word,
      };
    });
  }

  /**
   * One pass over the matched slots (all live slots when browsing): filters, facet counts that
   * leave out the facet's own filter, price stats, and each selected slot's final score.
   */
  private filterAndCount(filters: EngineQuery['filters'], matched: readonly number[] | undefined) {
    const { slots, board } = this;
    const { live, priceFen, supplierIds, inStock, categories, counties } = slots;
    const { scores, matchedWords } = board;
    const category = codeFilter(slots.categoryCodes, filters.categoryCode);
    const county = codeFilter(slots.countyCodes, filters.countyCode);
    const { supplierId, minPriceFen, maxPriceFen } = filters;
    const stocked = filters.inStock === undefined ? -1 : filters.inStock ? 1 : 0;
    const categoryCounts = new Int32Array(256);
    const countyCounts = new Int32Array(256);
    const selected: number[] = [];
    let minFen = Infinity;
    let maxFen = -Infinity;

    const visit = (slot: number) => {
      if (supplierId !== undefined && supplierIds[slot] !== supplierId) return;
      const price = priceFen[slot];
      if ((minPriceFen !== undefined && price < minPriceFen) || (maxPriceFen !== undefined && price > maxPriceFen)) return;
      if (stocked >= 0 && inStock[slot] !== stocked) return;
      const inCategory = category === undefined || categories[slot] === category;
      const inCounty = county === undefined || counties[slot] === county;
      if (inCounty) categoryCounts[categories[slot]]++;
      if (inCategory) countyCounts[counties[slot]]++;
      if (!inCategory || !inCounty) return;
      selected.push(slot);
      // MiniSearch's rule: a document matching more of the query's words ranks higher.
      scores[slot] *= bitCount(matchedWords[slot]);
      if (price < minFen) minFen = price;
      if (price > maxFen) maxFen = price;
    };
    if (matched) for (const slot of matched) visit(slot);
    else for (let slot = 0; slot < slots.size; slot++) if (live[slot]) visit(slot);

    return {
      selected,
      facets: { category: countsByCode(slots.categoryCodes, categoryCounts), county: countsByCode(slots.countyCodes, countyCounts) },
      priceStats: selected.length > 0 ? { minFen, maxFen } : { minFen: null, maxFen: null },
    };
  }

  /** The document with its name highlighted where the matched terms of its name, pinyin or initials are. */
  private hit(slot: number, shown: Map<string, string> | undefined): EngineResult['hits'][number] {
    const document = this.documentIn(slot);
    if (!shown) return { document };
    const matched = new Set<string>();
    for (const [term, highlight] of shown) {
      if (hasToken(document.nameWords, term) || hasToken(document.pinyin, term) || hasToken(document.initials, term)) matched.add(highlight);
    }
    return { document, highlight: this.text.highlight(document.name, [...matched]) };
  }

  private documentIn(slot: number): SearchDocument {
    const document = this.slots.documents[slot];
    if (!document) throw new Error(`search index out of step: slot ${slot} matched but holds no document`);
    return document;
  }

  private retire(slot: number): void {
    this.slots.retire(slot);
    this.index.forget(slot);
  }

  private rebuildIfWasteful(): void {
    const dead = this.slots.size - this.slots.liveCount;
    if (dead < Math.max(MIN_DEAD_SLOTS_TO_REBUILD, this.slots.liveCount)) return;
    const documents = this.slots.liveDocuments();
    this.slots = new DocumentSlots();
    this.index = new InvertedIndex();
    for (const document of documents) this.index.add(this.slots.add(document), document);
  }
}

/** Whether a space-separated field holds the token as a whole word, without splitting the field. */
function hasToken(field: string, token: string): boolean {
  if (!token) return false;
  for (let at = field.indexOf(token); at >= 0; at = field.indexOf(token, at + 1)) {
    const end = at + token.length;
    if ((at === 0 || field.charCodeAt(at - 1) === SPACE) && (end === field.length || field.charCodeAt(end) === SPACE)) return true;
  }
  return false;
}

/** Typos are forgiven in longer pinyin only; a Chinese character off is another word, not a typo. */
function typoDistance(term: string): number {
  if (!LETTERS.test(term) || term.length < 5) return 0;
  return term.length < 9 ? 1 : 2;
}

/** The code's index to compare with; -1 (matching nothing) for a code no document has. */
function codeFilter(codes: CodeList, code: string | undefined): number | undefined {
  return code === undefined ? undefined : (codes.find(code) ?? -1);
}

function countsByCode(codes: CodeList, counts: Int32Array): Record<string, number> {
  const result: Record<string, number> = {};
  codes.codes.forEach((code, index) => {
    if (counts[index] > 0) result[code] = counts[index];
  });
  return result;
}

function bestSelling({ salesCount, ids }: DocumentSlots): Compare {
  return (a, b) => salesCount[b] - salesCount[a] || ids[a] - ids[b];
}

/** Browsing scores everything 0, so relevance falls through to best sellers. */
function comparator(sort: SearchSort, slots: DocumentSlots, scores: Float64Array): Compare {
  const bySales = bestSelling(slots);
  const byRelevance: Compare = (a, b) => scores[b] - scores[a] || bySales(a, b);
  const { priceFen, salesCount, createdAt } = slots;
  switch (sort) {
    case 'relevance':
      return byRelevance;
    case 'price:asc':
      return (a, b) => priceFen[a] - priceFen[b] || byRelevance(a, b);
    case 'price:desc':
      return (a, b) => priceFen[b] - priceFen[a] || byRelevance(a, b);
    case 'sales:desc':
      return (a, b) => salesCount[b] - salesCount[a] || byRelevance(a, b);
    case 'newest':
      return (a, b) => createdAt[b] - createdAt[a] || byRelevance(a, b);
  }
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest >>>= 1) count += rest & 1;
  return count;
}
