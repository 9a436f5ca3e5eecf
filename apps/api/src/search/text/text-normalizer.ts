import { Jieba } from '@node-rs/jieba';
import { dict as jiebaDictionary } from '@node-rs/jieba/dict';
import { Converter as openCcConverter } from 'opencc-js';
import { pinyin as pinyinOf } from 'pinyin-pro';
import { domainVocabulary } from './domain-words';
import { DEFAULT_SYNONYMS, SynonymSet, type SynonymGroupList } from './synonym-set';

/** The text of one product that search indexes. */
export interface ProductText {
  name: string;
  categoryName: string;
  countyName: string;
  town?: string | null;
  village?: string | null;
  supplierName: string;
  description?: string | null;
  /** SKU specs such as 礼盒装 500g, so `xg 500g` can match. */
  skuSpecs?: readonly string[];
}

/** The text fields of a SearchDocument. Synonyms stay out: queries carry them, so an edited table applies at once. */
export interface DocumentText {
  nameWords: string;
  keywords: string;
  pinyin: string;
  initials: string;
}

/** A word as jieba cut it, with the shorter dictionary words inside it (黑木耳 → 黑木, 木耳). */
interface Segment {
  word: string;
  parts: string[];
}

/** jieba with our words learnt, and our place-and-product words' halves. */
interface Segmenter {
  jieba: Jieba;
  compounds: ReadonlyMap<string, readonly [string, string]>;
}

/** A Han character's reading, for pinyin highlighting. */
interface Reading {
  /** Index in the per-character normalized name. */
  position: number;
  syllable: string;
  initial: string;
}

const HAN = /\p{Script=Han}/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LATIN = /[a-z]/;
const ONLY_DIGITS = /^[\d.]+$/;
/** Dictionary frequency of our words: enough to beat splits, low enough not to swallow neighbours. */
const DOMAIN_WORD_FREQUENCY = 500;
/** Per-word results are memoized: a catalog's vocabulary is small, but odd input must not grow them forever. */
const WORD_CACHE_LIMIT = 50_000;

/**
 * The Chinese text pipeline of search, used alike for documents and queries, so both engines
 * match simplified, segmented words plus pinyin and initials. Loading jieba and OpenCC takes a few
 * hundred milliseconds: build one instance and share it; they load on first use.
 */
export class TextNormalizer {
  private segmenter?: Segmenter;
  private toSimplifiedChain?: ((text: string) => string)[];
  private synonymSet: SynonymSet;
  private readonly syllablesByWord = new Map<string, string[]>();
  private readonly partsByWord = new Map<string, string[]>();

  constructor(synonymGroups: SynonymGroupList = DEFAULT_SYNONYMS) {
    this.synonymSet = this.buildSynonymSet(synonymGroups);
  }

  get synonyms(): SynonymSet {
    return this.synonymSet;
  }

  /**
   * Swaps the synonym table (the association edits it); queries use it at once, documents hold no
   * synonyms. Its words join jieba's dictionary so they are cut whole; documents that contain a new
   * word are cut the new way from their next reindex.
   */
  replaceSynonyms(groups: SynonymGroupList): void {
    this.synonymSet = this.buildSynonymSet(groups);
    if (this.segmenter) this.teach(this.segmenter.jieba, this.synonymSet.words);
    this.partsByWord.clear();
  }

  /** Traditional → simplified, full-width → half-width, lower case, single spaces. */
  normalize(text: string): string {
    const halfWidth = text.normalize('NFKC');
    const simplified = this.simplifiers().reduce((result, convert) => convert(result), halfWidth);
    return simplified.toLowerCase().replace(/\s+/g, ' ').trim();
  }

  /** Segmented words, each followed by the dictionary words inside it; no punctuation or spaces. */
  words(text: string): string[] {
    return unique(this.segments(this.normalize(text)).flatMap((s) => [s.word, ...s.parts]));
  }

  /** Space-separated pinyin tokens: per word joined and by syllable, the whole text joined; latin and digits kept. */
  pinyin(text: string): string {
    return this.pinyinTokens(this.segments(this.normalize(text))).join(' ');
  }

  /** Space-separated initials per word and of the whole text (香菇 → xg, 留坝香菇 → lbxg). */
  initials(text: string): string {
    return this.initialTokens(this.segments(this.normalize(text))).join(' ');
  }

  /** Latin without Han characters: the shopper typed pinyin or initials (or a spec such as 500g). */
  isPinyinQuery(query: string): boolean {
    const normalized = this.normalize(query);
    return LATIN.test(normalized) && !HAN.test(normalized);
  }

  /**
   * The engine query: the words and their synonyms, each word after its synonyms so the shopper's
   * last typed word stays the last term (engines prefix-match it). Parts of words are left out:
   * documents carry them, so 黑米 already finds 洋县黑米, and 汉中 would drag every supplier of
   * 汉中 into 汉中仙毫.
   */
  queryText(query: string): string {
    const terms = this.cut(this.normalize(query)).flatMap((word) => [...this.synonymSet.expand([word]).filter((w) => w !== word), word]);
    return uniqueKeepingLast(terms).join(' ');
  }

  /**
   * The terms of an engine query that queryText added as synonyms, each with the later term it
   * stands for (花菇 冬菇 香菇: 花菇 → 香菇, 冬菇 → 香菇), for engines to weigh below typed words.
   */
  synonymExpansions(terms: readonly string[]): Map<string, string> {
    const standsFor = new Map<string, string>();
    terms.forEach((term, i) => {
      const synonyms = new Set(this.synonymSet.expand([term]));
      const word = terms.slice(i + 1).findLast((later) => synonyms.has(later));
      if (word) standsFor.set(term, word);
    });
    return standsFor;
  }

  /**
   * What to search when an engine query matched nothing at all: the parts of its words with their
   * synonyms (佛坪花菇 → 佛坪, 花菇, 香菇) and the pinyin of its Chinese words, for homophone typos
   * (相菇 → xianggu). Empty when there is nothing else to try.
   */
  fallbackQueryText(engineText: string): string {
    const terms = engineText.split(' ').filter(Boolean);
    const parts = this.synonymSet.expand(unique(terms.flatMap((t) => this.partsOf(t))));
    const spelled = terms.filter((t) => ONLY_HAN.test(t) && t.length >= 2).map((t) => this.syllables(t).join(''));
    const given = new Set(terms);
    return unique([...spelled, ...parts])
      .filter((w) => !given.has(w))
      .join(' ');
  }

  /**
   * The text fields of a SearchDocument for one product. The name's single characters join its
   * words, as shoppers search 茶 for every tea and 蜜 for every honey.
   */
  documentFields(product: ProductText): DocumentText {
    const name = this.normalize(product.name);
    const nameSegments = this.segments(name);
    const nameWords = unique([...nameSegments.flatMap((s) => [s.word, ...s.parts]), ...[...name].filter((c) => HAN.test(c))]);
    const inName = new Set(nameWords);
    const context = [product.categoryName, product.countyName, product.town, product.village, product.supplierName, product.description, ...(product.skuSpecs ?? [])];
    // Single Han characters and bare numbers of descriptions (的, 户, 2015) only bloat the index.
    const keywords = this.words(context.filter(Boolean).join(' ')).filter((w) => !inName.has(w) && !isSingleHan(w) && !ONLY_DIGITS.test(w));
    return {
      nameWords: nameWords.join(' '),
      keywords: keywords.join(' '),
      pinyin: this.pinyinTokens(nameSegments).join(' '),
      initials: this.initialTokens(nameSegments).join(' '),
    };
  }

  /**
   * The name as HTML with the parts that matched wrapped in <em>: Chinese terms where they occur,
   * pinyin and initials terms on the characters they spell (xianggu, xg → 香菇). Everything escaped.
   */
  highlight(name: string, matchedTerms: readonly string[]): string {
    const characters = [...name];
    // Normalize character by character so every match maps back onto the original characters.
    const normalized = characters.map((c) => this.normalize(c) || ' ');
    const text = normalized.join('');
    const owner = normalized.flatMap((n, index) => Array.from({ length: n.length }, () => index));
    const marked = new Array<boolean>(characters.length).fill(false);
    const mark = (from: number, to: number) => {
      for (let i = from; i < to; i++) marked[owner[i]] = true;
    };

    const latinTerms = matchedTerms.filter((t) => t && !HAN.test(t));
    for (const term of matchedTerms.filter((t) => HAN.test(t))) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) mark(at, at + term.length);
    }
    for (const run of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!HAN.test(run[0]) && latinTerms.includes(run[0])) mark(run.index, run.index + run[0].length);
    }
    if (latinTerms.length > 0) this.markSpelled(text, latinTerms, mark);

    let html = '';
    characters.forEach((c, i) => {
      if (marked[i] && !marked[i - 1]) html += '<em>';
      html += escapeHtml(c);
      if (marked[i] && !marked[i + 1]) html += '</em>';
    });
    return html;
  }

  private markSpelled(text: string, terms: readonly string[], mark: (from: number, to: number) => void): void {
    const readings = this.readings(text);
    const wanted = new Set(terms.filter((t) => t.length >= 2).map(withoutUmlautV));
    const longest = Math.max(0, ...[...wanted].map((t) => t.length));
    for (let start = 0; start < readings.length; start++) {
      let syllables = '';
      let initials = '';
      for (let end = start; end < readings.length && initials.length < longest; end++) {
        syllables += withoutUmlautV(readings[end].syllable);
        initials += readings[end].initial;
        if (wanted.has(syllables) || wanted.has(initials)) mark(readings[start].position, readings[end].position + 1);
      }
    }
  }

  /** Readings of the Han characters of a normalized text, word by word as documents spell them (polyphones in context). */
  private readings(text: string): Reading[] {
    const readings: Reading[] = [];
    let position = 0;
    for (const word of this.segmenting().jieba.cut(text, true)) {
      const characters = [...word];
      const syllables = ONLY_HAN.test(word) ? this.syllables(word) : [];
      characters.forEach((character, i) => {
        if (syllables.length === characters.length) readings.push({ position, syllable: syllables[i], initial: syllables[i][0] });
        position += character.length;
      });
    }
    return readings;
  }

  private segments(normalized: string): Segment[] {
    return this.cut(normalized).map((word) => ({ word, parts: this.partsOf(word) }));
  }

  private cut(normalized: string): string[] {
    return normalized ? this.segmenting().jieba.cut(normalized, true).filter(isWord) : [];
  }

  /** The words inside a word: the halves of our compounds, else the dictionary words jieba finds in it. */
  private partsOf(word: string): string[] {
    if (word.length <= 2 || !HAN.test(word)) return [];
    return remembered(this.partsByWord, word, () => {
      const { jieba, compounds } = this.segmenting();
      const halves = compounds.get(word);
      if (halves) return unique([...halves, ...halves.flatMap((half) => this.partsOf(half))]);
      return unique(jieba.cutForSearch(word, true).filter((p) => p !== word && isWord(p)));
    });
  }

  private pinyinTokens(segments: readonly Segment[]): string[] {
    const tokens: string[] = [];
    for (const word of segments.flatMap((s) => [s.word, ...s.parts])) {
      if (!ONLY_HAN.test(word)) {
        tokens.push(word);
        continue;
      }
      const syllables = this.syllables(word);
      tokens.push(...withUmlautU([syllables.join(''), ...syllables]));
    }
    const spelled = this.spelledTogether(segments.map((s) => s.word));
    if (spelled.length > 0) tokens.push(...withUmlautU([spelled.join('')]));
    return unique(tokens);
  }

  private initialTokens(segments: readonly Segment[]): string[] {
    const tokens = segments
      .flatMap((s) => [s.word, ...s.parts])
      .map((word) => (ONLY_HAN.test(word) ? this.syllables(word).map((s) => s[0]).join('') : word));
    const spelled = this.spelledTogether(segments.map((s) => s.word));
    if (spelled.length > 0) tokens.push(spelled.map((s) => s[0]).join(''));
    return unique(tokens);
  }

  /** The syllables of the Han words in order. */
  private spelledTogether(words: readonly string[]): string[] {
    return words.filter((w) => ONLY_HAN.test(w)).flatMap((w) => this.syllables(w));
  }

  /** Toneless syllables of a Han word, ü as v (lv for 绿). */
  private syllables(word: string): string[] {
    return remembered(this.syllablesByWord, word, () => pinyinOf(word, { type: 'array', toneType: 'none', v: true }));
  }

  private buildSynonymSet(groups: SynonymGroupList): SynonymSet {
    return new SynonymSet(groups.map((group) => unique(group.map((w) => this.normalize(w)).filter(Boolean))).filter((g) => g.length >= 2));
  }

  private segmenting(): Segmenter {
    if (!this.segmenter) {
      const { words, compounds } = domainVocabulary();
      const jieba = Jieba.withDict(jiebaDictionary);
      this.teach(jieba, [...words, ...this.synonymSet.words]);
      this.segmenter = { jieba, compounds };
    }
    return this.segmenter;
  }

  /** jieba only ever adds words; synonyms must be whole words for expansion to see them. */
  private teach(jieba: Jieba, words: readonly string[]): void {
    jieba.loadDict(Buffer.from(words.map((w) => `${w.replace(/\s+/g, '')} ${DOMAIN_WORD_FREQUENCY}`).join('\n')));
  }

  private simplifiers(): ((text: string) => string)[] {
    // Hong Kong and Taiwan variants differ (衞 / 著): run both converters.
    this.toSimplifiedChain ??= [openCcConverter({ from: 'hk', to: 'cn' }), openCcConverter({ from: 'tw', to: 'cn' })];
    return this.toSimplifiedChain;
  }
}

function remembered(cache: Map<string, string[]>, word: string, compute: () => string[]): string[] {
  let value = cache.get(word);
  if (!value) {
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    value = compute();
    cache.set(word, value);
  }
  return value;
}

function isWord(token: string): boolean {
  return LETTER_OR_DIGIT.test(token);
}

function isSingleHan(word: string): boolean {
  return [...word].length === 1 && HAN.test(word);
}

/** Shoppers type 绿 as lv or lu: index both. */
function withUmlautU(tokens: readonly string[]): string[] {
  return tokens.flatMap((t) => (t.includes('v') ? [t, withoutUmlautV(t)] : [t]));
}

function withoutUmlautV(token: string): string {
  return token.replace(/v/g, 'u');
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

function uniqueKeepingLast(words: readonly string[]): string[] {
  return unique([...words].reverse()).reverse();
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
