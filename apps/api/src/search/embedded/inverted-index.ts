import SearchableMap from 'minisearch/SearchableMap';

export const TEXT_FIELDS = ['nameWords', 'pinyin', 'initials', 'keywords'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** One term of a query and how loosely to match it. */
export interface TermQuery {
  term: string;
  /** Also match indexed terms that start with it (the word still being typed). */
  prefix: boolean;
  /** Edit distance forgiven; 0 for none. */
  maxTypos: number;
  /** Below 1 for terms that only stand in for another one (synonyms). */
  weight: number;
  /** The word a synonym stands in for: the synonym is scored as rare as that word, not as rare as itself. */
  standsFor?: string;
  /** Which of the query's words it counts for, below MAX_QUERY_WORDS: a synonym counts for its word. */
  word: number;
}

/** The slots holding a term, per field (by index in TEXT_FIELDS). Removed slots stay until a rebuild. */
type Postings = (number[] | undefined)[];

interface Expansion {
  term: string;
  postings: Postings;
  weight: number;
  /** Whose document counts set the term's rarity (inverse document frequency). */
  rarity: Postings;
  /** What to mark in the name when this term matched. */
  highlight: string;
}

// BM25+ as MiniSearch scores; a term counts once per field, as the text pipeline lists words once.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;
/** The words a slot matched are bits of a 32-bit mask. */
export const MAX_QUERY_WORDS = 32;

/** Per-slot scores of one query, cleared after use so the next query starts from zeros. */
export class ScoreBoard {
  scores = new Float64Array(0);
  /** Bit i set: the query's word i matched the slot. */
  matchedWords = new Uint32Array(0);
  touched: number[] = [];

  fit(slots: number): void {
    if (this.scores.length >= slots) return;
    this.scores = new Float64Array(slots);
    this.matchedWords = new Uint32Array(slots);
  }

  reset(): void {
    for (const slot of this.touched) {
      this.scores[slot] = 0;
      this.matchedWords[slot] = 0;
    }
    this.touched = [];
  }
}

/**
 * Term → slots, per field, with BM25+ scoring into a ScoreBoard; prefix and typo expansion walk
 * MiniSearch's radix tree over the distinct terms. Why not MiniSearch's own index: at 221,000
 * products its maps of maps and per-match result objects took a 1 GB heap and 50–1000 ms a query
 * here; plain arrays of slot numbers take half the heap and a few milliseconds.
 */
export class InvertedIndex {
  private readonly postings = new Map<string, Postings>();
  private readonly dictionary = new SearchableMap<Postings>();
  private fieldLengths = TEXT_FIELDS.map(() => new Uint16Array(0));
  private readonly totalLengths = TEXT_FIELDS.map(() => 0);
  private documents = 0;

  add(slot: number, text: Readonly<Record<TextField, string>>): void {
    if (slot >= this.fieldLengths[0].length) this.fieldLengths = this.fieldLengths.map((lengths) => grown(lengths, slot + 1));
    TEXT_FIELDS.forEach((field, fieldIndex) => {
      const terms = new Set(text[field].split(' ').filter(Boolean));
      this.fieldLengths[fieldIndex][slot] = Math.min(terms.size, 0xffff);
      this.totalLengths[fieldIndex] += terms.size;
      for (const term of terms) (this.postingsOf(term)[fieldIndex] ??= []).push(slot);
    });
    this.documents++;
  }

  /** Whether any document (live or since removed) has held the term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** The slot's postings stay (the caller skips dead slots); only the length statistics drop it. */
  forget(slot: number): void {
    TEXT_FIELDS.forEach((_, fieldIndex) => (this.totalLengths[fieldIndex] -= this.fieldLengths[fieldIndex][slot]));
    this.documents--;
  }

  clear(): void {
    this.postings.clear();
    this.dictionary.clear();
    this.fieldLengths = TEXT_FIELDS.map(() => new Uint16Array(0));
    this.totalLengths.fill(0);
    this.documents = 0;
  }

  /**
   * Adds each live slot's score for the terms to the board, marking the words matched. Returns the
   * indexed terms that matched, each with the term to highlight: the typed one for a prefix
   * match (lbxg, not lbxggh), the indexed one for a forgiven typo.
   */
  score(queries: readonly TermQuery[], boosts: Readonly<Partial<Record<TextField, number>>>, live: Uint8Array, board: ScoreBoard): Map<string, string> {
    const shown = new Map<string, string>();
    const fields = TEXT_FIELDS.flatMap((field, index) => (boosts[field] ? [{ index, boost: boosts[field] }] : []));
    for (const query of queries) {
      const bit = 2 ** query.word;
      for (const { term, postings, weight, rarity, highlight } of this.expand(query)) {
        shown.set(term, highlight);
        for (const { index, boost } of fields) {
          const slots = postings[index];
          if (slots) this.scoreSlots(slots, (rarity[index] ?? slots).length, index, boost * weight * query.weight, bit, live, board);
        }
      }
    }
    return shown;
  }

  private scoreSlots(slots: readonly number[], documentFrequency: number, fieldIndex: number, weight: number, bit: number, live: Uint8Array, board: ScoreBoard): void {
    const inverseFrequency = Math.log(1 + (this.documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
    const averageLength = this.totalLengths[fieldIndex] / Math.max(1, this.documents);
    const lengths = this.fieldLengths[fieldIndex];
    const { scores, matchedWords, touched } = board;
    for (const slot of slots) {
      if (!live[slot]) continue;
      const saturation = (K1 + 1) / (1 + K1 * (1 - B + (B * lengths[slot]) / averageLength));
      if (matchedWords[slot] === 0) touched.push(slot);
      scores[slot] += weight * inverseFrequency * (DELTA + saturation);
      matchedWords[slot] |= bit;
    }
  }

  /**
   * The indexed terms a query term stands for: itself at full weight, then the longer words it
   * starts and, for typos, the words within reach (only as long or longer: typing drops letters,
   * and the syllable xiang is not what xiangu meant). Among those the likelier meant is the one
   * more documents hold: each is weighted like MiniSearch (closer is better) times its share of
   * the commonest one's documents, and scored as rare as that one, lest a rare near-miss
   * (xianguo, 鲜果) outrank xianggu.
   */
  private *expand(query: TermQuery): Generator<Expansion> {
    const exact = this.postings.get(query.term);
    const standsFor = query.standsFor === undefined ? undefined : this.postings.get(query.standsFor);
    if (exact) yield { term: query.term, postings: exact, weight: 1, rarity: standsFor ?? exact, highlight: query.term };

    const candidates = new Map<string, { postings: Postings; weight: number; highlight: string }>();
    if (query.prefix) {
      for (const [term, postings] of this.dictionary.atPrefix(query.term)) {
        const weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - query.term.length));
        if (term !== query.term) candidates.set(term, { postings, weight, highlight: query.term });
      }
    }
    if (query.maxTypos > 0) {
      for (const [term, [postings, distance]] of this.dictionary.fuzzyGet(query.term, query.maxTypos)) {
        const weight = (TYPO_WEIGHT * term.length) / (term.length + distance);
        if (term.length >= query.term.length && !candidates.has(term) && term !== query.term) candidates.set(term, { postings, weight, highlight: term });
      }
    }
    let commonest: Postings | undefined;
    let mostDocuments = 0;
    for (const { postings } of candidates.values()) {
      const documents = documentCount(postings);
      if (documents > mostDocuments) [commonest, mostDocuments] = [postings, documents];
    }
    if (!commonest) return;
    for (const [term, { postings, weight, highlight }] of candidates) {
      yield { term, postings, weight: (weight * documentCount(postings)) / mostDocuments, rarity: commonest, highlight };
    }
  }

  private postingsOf(term: string): Postings {
    let postings = this.postings.get(term);
    if (!postings) {
      postings = [];
      this.postings.set(term, postings);
      this.dictionary.set(term, postings);
    }
    return postings;
  }
}

function documentCount(postings: Postings): number {
  return postings.reduce((sum, slots) => sum + (slots?.length ?? 0), 0);
}

/** A copy with at least the capacity, doubling to keep appends cheap. */
export function grown<T extends Uint8Array | Uint16Array | Float64Array>(array: T, capacity: number): T {
  if (array.length >= capacity) return array;
  const larger = new (array.constructor as new (length: number) => T)(Math.max(capacity, array.length * 2, 1024));
  larger.set(array);
  return larger;
}
