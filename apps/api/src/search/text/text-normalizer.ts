import { Jieba } from '@node-rs/jieba';
import { dict as jiebaDictionary } from '@node-rs/jieba/dict';
import { Converter as openCcConverter } from 'opencc-js';
import { pinyin as pinyinOf } from 'pinyin-pro';
import { BoundedCache } from './bounded-cache';
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

/**
 * How the Han characters of a name are spelled, for highlighting the characters that pinyin and
 * initials terms spell: 留坝香菇 干货 → liubaxiangguganhuo and lbxggh.
 */
interface Spelling {
  /** Each Han character's index in the per-character normalized name, in order. */
  positions: number[];
  /** The characters' toneless syllables joined, ü as u. */
  syllables: string;
  /** Which character's syllable starts at each offset of `syllables` (its length: past the last), else -1. */
  characterAt: Int32Array;
  /** The characters' initials joined: one letter each. */
  initials: string;
}

/**
 * What highlighting needs of a name that does not depend on the query: its characters, their
 * normalized text and where each normalized unit came from. Worked out once per name (normalizing
 * character by character through OpenCC and spelling it took most of a search request's time when
 * done for every hit of every request) and kept in a bounded cache.
 */
interface NameLayout {
  /** The name's characters, HTML-escaped. */
  escaped: string[];
  /** The name normalized character by character (a character that normalizes to nothing is a space). */
  text: string;
  /** For each UTF-16 unit of `text`, the index of the character it came from. */
  owner: Uint32Array;
  /** The runs of letters and digits of `text` without Han characters (500g), where they start. */
  latinRuns: { index: number; word: string }[];
  /** Spelled on first use: only pinyin and initials matches need it. */
  spelling?: Spelling;
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
/** Distinct queries whose analysis is kept: shoppers repeat a few thousand queries most of the time. */
const QUERY_CACHE_LIMIT = 10_000;
/** Names whose highlight layout is kept: every name of the demo catalog, the hot pages of a large one. */
const NAME_LAYOUT_CACHE_LIMIT = 10_000;

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
  private readonly normalizedCharacters = new Map<string, string>();
  /** Engine query text by the shopper's query, and the fallback text by engine text: they depend on the synonyms and jieba's words. */
  private readonly queryTexts = new BoundedCache<string, string>(QUERY_CACHE_LIMIT);
  private readonly fallbackTexts = new BoundedCache<string, string>(QUERY_CACHE_LIMIT);
  /** Highlight layouts by name; their readings depend on how jieba cuts. */
  private readonly nameLayouts = new BoundedCache<string, NameLayout>(NAME_LAYOUT_CACHE_LIMIT);

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
    this.queryTexts.clear();
    this.fallbackTexts.clear();
    this.nameLayouts.clear();
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
    return this.queryTexts.remember(query, () => {
      const terms = this.cut(this.normalize(query)).flatMap((word) => [...this.synonymSet.expand([word]).filter((w) => w !== word), word]);
      return uniqueKeepingLast(terms).join(' ');
    });
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
   * The engine query without the synonyms queryText added, each word as the shopper typed it
   * (normalized): 花菇 冬菇 香菇 → 香菇. For engines that expand synonyms themselves from the same
   * table (Meilisearch's synonyms setting), where the added words would count as words the shopper
   * typed — under Meilisearch's matching strategy `last` the typed word, queryText's last term, would
   * even be the first one dropped.
   */
  typedWords(engineText: string): string {
    const terms = engineText.split(' ').filter(Boolean);
    const standsFor = this.synonymExpansions(terms);
    return terms.filter((term) => !standsFor.has(term)).join(' ');
  }

  /**
   * What to search when an engine query matched nothing at all: the parts of its words with their
   * synonyms (佛坪花菇 → 佛坪, 花菇, 香菇) and the pinyin of its Chinese words, for homophone typos
   * (相菇 → xianggu). Empty when there is nothing else to try.
   */
  fallbackQueryText(engineText: string): string {
    return this.fallbackTexts.remember(engineText, () => {
      const terms = engineText.split(' ').filter(Boolean);
      const parts = this.synonymSet.expand(unique(terms.flatMap((t) => this.partsOf(t))));
      const spelled = terms.filter((t) => ONLY_HAN.test(t) && t.length >= 2).map((t) => this.syllables(t).join(''));
      const given = new Set(terms);
      return unique([...spelled, ...parts])
        .filter((w) => !given.has(w))
        .join(' ');
    });
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
    const layout = this.layoutOf(name);
    const { escaped, text, owner } = layout;
    const marked = new Uint8Array(escaped.length);
    const mark = (from: number, to: number) => {
      for (let i = from; i < to; i++) marked[owner[i]] = 1;
    };

    const latinTerms = matchedTerms.filter((t) => t && !HAN.test(t));
    for (const term of matchedTerms) {
      if (!HAN.test(term)) continue;
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) mark(at, at + term.length);
    }
    if (latinTerms.length > 0) {
      for (const run of layout.latinRuns) if (latinTerms.includes(run.word)) mark(run.index, run.index + run.word.length);
      this.markSpelled(layout, latinTerms, mark);
    }

    let html = '';
    for (let i = 0; i < escaped.length; i++) {
      if (marked[i] && !marked[i - 1]) html += '<em>';
      html += escaped[i];
      if (marked[i] && !marked[i + 1]) html += '</em>';
    }
    return html;
  }

  /** The name's highlight layout, worked out on first use. */
  private layoutOf(name: string): NameLayout {
    return this.nameLayouts.remember(name, () => {
      const characters = [...name];
      // Normalize character by character so every match maps back onto the original characters.
      const normalized = characters.map((c) => this.normalizeCharacter(c) || ' ');
      const text = normalized.join('');
      const owner = new Uint32Array(text.length);
      let unit = 0;
      normalized.forEach((n, index) => owner.fill(index, unit, (unit += n.length)));
      const latinRuns = [...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((run) => !HAN.test(run[0])).map((run) => ({ index: run.index, word: run[0] }));
      return { escaped: characters.map(escapeHtml), text, owner, latinRuns };
    });
  }

  private normalizeCharacter(character: string): string {
    let normalized = this.normalizedCharacters.get(character);
    if (normalized === undefined) {
      if (this.normalizedCharacters.size >= WORD_CACHE_LIMIT) this.normalizedCharacters.clear();
      normalized = this.normalize(character);
      this.normalizedCharacters.set(character, normalized);
    }
    return normalized;
  }

  /** Marks the characters whose syllables or initials, joined, are one of the terms. */
  private markSpelled(layout: NameLayout, terms: readonly string[], mark: (from: number, to: number) => void): void {
    const { positions, syllables, characterAt, initials } = (layout.spelling ??= this.spelling(layout.text));
    for (const term of new Set(terms)) {
      if (term.length < 2) continue;
      const spelled = withoutUmlautV(term);
      for (let at = syllables.indexOf(spelled); at >= 0; at = syllables.indexOf(spelled, at + 1)) {
        const first = characterAt[at];
        const pastLast = characterAt[at + spelled.length];
        if (first >= 0 && pastLast > first) mark(positions[first], positions[pastLast - 1] + 1);
      }
      for (let at = initials.indexOf(spelled); at >= 0; at = initials.indexOf(spelled, at + 1)) {
        mark(positions[at], positions[at + spelled.length - 1] + 1);
      }
    }
  }

  /** How the Han characters of a normalized text are spelled, word by word as documents spell them (polyphones in context). */
  private spelling(text: string): Spelling {
    const positions: number[] = [];
    const spelled: string[] = [];
    let position = 0;
    for (const word of this.segmenting().jieba.cut(text, true)) {
      const characters = [...word];
      const syllables = ONLY_HAN.test(word) ? this.syllables(word) : [];
      characters.forEach((character, i) => {
        if (syllables.length === characters.length && syllables[i]) {
          positions.push(position);
          spelled.push(withoutUmlautV(syllables[i]));
        }
        position += character.length;
      });
    }
    const joined = spelled.join('');
    const characterAt = new Int32Array(joined.length + 1).fill(-1);
    let offset = 0;
    spelled.forEach((syllable, i) => {
      characterAt[offset] = i;
      offset += syllable.length;
    });
    characterAt[offset] = spelled.length;
    return { positions, syllables: joined, characterAt, initials: spelled.map((syllable) => syllable[0]).join('') };
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
