import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Meilisearch stand-in on 127.0.0.1 for the routes our adapter uses. It checks every request the way
 * Meilisearch does (auth, content type, body fields and their types, filter and sort syntax), answers
 * rejected ones with Meilisearch's error shape, and records them in `violations`. Searches are evaluated
 * plainly: words (the first ten, as Meilisearch reads no more) and a prefix last word under Meilisearch's
 * default matching strategy, synonyms, filters, sort, facets, exact totals and highlights, without
 * Meilisearch's typo tolerance, Chinese segmentation or ranking. `searches` lists the search params received.
 */

export type DoubleTaskType = 'indexCreation' | 'settingsUpdate' | 'documentAdditionOrUpdate' | 'documentDeletion';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  contentType?: string;
  /** Parsed JSON; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
}

/** One search as the client asked for it: a query of a multi-search, or a single-index search with its index. */
export interface ReceivedSearch extends SearchParams {
  indexUid?: string;
}

export interface Violation {
  method: string;
  path: string;
  status: number;
  code: string;
  message: string;
}

type Document = Record<string, unknown>;

interface ErrorBody {
  message: string;
  code: string;
  type: string;
  link: string;
}

interface IndexSettings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  rankingRules: string[];
  synonyms: Record<string, string[]>;
  typoTolerance: Record<string, unknown>;
  pagination: { maxTotalHits: number };
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, string> };
}

interface IndexState {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
  documents: Map<string, Document>;
  settings: IndexSettings;
}

interface TaskState {
  uid: number;
  indexUid: string | null;
  status: 'succeeded' | 'failed';
  type: DoubleTaskType;
  details: Record<string, unknown>;
  error: ErrorBody | null;
  enqueuedAt: string;
}

const errorBody = (code: string, message: string, type = 'invalid_request'): ErrorBody => ({
  message,
  code,
  type,
  link: `https://docs.meilisearch.com/errors#${code}`,
});

/** A request Meilisearch refuses: answered like Meilisearch and recorded as a violation. */
class Rejection extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type = 'invalid_request',
  ) {
    super(message);
  }
}

/** A legitimate error answer (a missing index or task): answered, but not the client's fault. */
class NotFound extends Error {
  constructor(
    readonly code: 'index_not_found' | 'task_not_found',
    message: string,
  ) {
    super(message);
  }
}

/** Why an enqueued task failed; `violation` when the request that enqueued it broke Meilisearch's rules. */
class TaskFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly violation: boolean,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Value checks in the style of Meilisearch's deserializer: each returns a problem or undefined.

type Check = (value: unknown, at: string) => string | undefined;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const found = (value: unknown) =>
  value === null ? 'null' : `${Array.isArray(value) ? 'an array' : `a ${typeof value}`}: \`${JSON.stringify(value)}\``;

const mismatch = (expected: string, value: unknown, at: string) =>
  `Invalid value type at \`${at}\`: expected ${expected}, but found ${found(value)}`;

const backticked = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');

const isString: Check = (value, at) => (typeof value === 'string' ? undefined : mismatch('a string', value, at));
const isBoolean: Check = (value, at) => (typeof value === 'boolean' ? undefined : mismatch('a boolean', value, at));
const isNatural: Check = (value, at) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : mismatch('a positive integer', value, at);
const nullable =
  (check: Check): Check =>
  (value, at) =>
    value === null ? undefined : check(value, at);
const arrayOf =
  (item: Check): Check =>
  (value, at) =>
    Array.isArray(value) ? value.map((element, i) => item(element, `${at}[${i}]`)).find(Boolean) : mismatch('an array', value, at);
const recordOf =
  (item: Check): Check =>
  (value, at) =>
    isPlainObject(value)
      ? Object.entries(value)
          .map(([key, element]) => item(element, `${at}.${key}`))
          .find(Boolean)
      : mismatch('an object', value, at);
const oneOf =
  (allowed: readonly string[]): Check =>
  (value, at) =>
    typeof value === 'string' && allowed.includes(value) ? undefined : `Unknown value \`${String(value)}\` at \`${at}\`: expected one of ${backticked(allowed)}`;
const shape =
  (fields: Record<string, Check>, extra?: Check): Check =>
  (value, at) => {
    if (!isPlainObject(value)) return mismatch('an object', value, at);
    for (const [key, element] of Object.entries(value)) {
      const check = fields[key];
      if (!check) return `Unknown field \`${key}\` inside \`${at}\`: expected one of ${backticked(Object.keys(fields))}`;
      const problem = check(element, `${at}.${key}`);
      if (problem) return problem;
    }
    return extra?.(value, at);
  };

const BUILT_IN_RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
const CUSTOM_RANKING_RULE = /^[^\s:]+:(asc|desc)$/;
const rankingRule: Check = (value, at) =>
  typeof value === 'string' && (BUILT_IN_RANKING_RULES.includes(value) || CUSTOM_RANKING_RULE.test(value))
    ? undefined
    : `\`${String(value)}\` ranking rule is invalid at \`${at}\`. Valid ranking rules are words, typo, sort, proximity, attribute, exactness and custom ranking rules.`;

const wordSizesInOrder: Check = (value, at) => {
  const { oneTypo, twoTypos } = value as { oneTypo?: number | null; twoTypos?: number | null };
  const sizes = [oneTypo, twoTypos].filter((size): size is number => typeof size === 'number');
  if (sizes.some((size) => size > 255) || (typeof oneTypo === 'number' && typeof twoTypos === 'number' && twoTypos < oneTypo)) {
    return `\`minWordSizeForTypos\` at \`${at}\` is invalid: both sizes lie in 0..255 and \`twoTypos\` >= \`oneTypo\`, found ${oneTypo} and ${twoTypos}.`;
  }
  return undefined;
};

/** The settings this double understands; Meilisearch has more, which the adapter does not send. */
const SETTINGS_CHECKS: Record<keyof IndexSettings, Check> = {
  searchableAttributes: nullable(arrayOf(isString)),
  filterableAttributes: nullable(arrayOf(isString)),
  sortableAttributes: nullable(arrayOf(isString)),
  rankingRules: nullable(arrayOf(rankingRule)),
  synonyms: nullable(recordOf(arrayOf(isString))),
  typoTolerance: nullable(
    shape({
      enabled: nullable(isBoolean),
      minWordSizeForTypos: nullable(shape({ oneTypo: nullable(isNatural), twoTypos: nullable(isNatural) }, wordSizesInOrder)),
      disableOnWords: nullable(arrayOf(isString)),
      disableOnAttributes: nullable(arrayOf(isString)),
      disableOnNumbers: nullable(isBoolean),
    }),
  ),
  pagination: nullable(shape({ maxTotalHits: nullable(isNatural) })),
  faceting: nullable(shape({ maxValuesPerFacet: nullable(isNatural), sortFacetValuesBy: nullable(recordOf(oneOf(['alpha', 'count']))) })),
};
const OBJECT_SETTINGS: readonly string[] = ['typoTolerance', 'pagination', 'faceting'];

const isFilterShape: Check = (value, at) =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.every((part) => typeof part === 'string' || (Array.isArray(part) && part.every((inner) => typeof inner === 'string'))))
    ? undefined
    : mismatch('a string, an array of strings or an array of arrays of strings', value, at);

const SEARCH_CHECKS: Record<string, Check> = {
  q: nullable(isString),
  filter: nullable(isFilterShape),
  sort: nullable(arrayOf(isString)),
  facets: nullable(arrayOf(isString)),
  limit: isNatural,
  offset: isNatural,
  page: isNatural,
  hitsPerPage: isNatural,
  attributesToSearchOn: nullable(arrayOf(isString)),
  attributesToRetrieve: nullable(arrayOf(isString)),
  attributesToHighlight: nullable(arrayOf(isString)),
  highlightPreTag: isString,
  highlightPostTag: isString,
};

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const kebabToCamel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Checks each top-level field of a body; an unknown field is a `bad_request`, a bad value gets its field's code. */
function checkFields(body: unknown, checks: Record<string, Check>, codePrefix: string, at = ''): asserts body is Record<string, unknown> {
  if (!isPlainObject(body)) throw new Rejection(400, 'bad_request', mismatch('an object', body, at || '.'));
  for (const [field, value] of Object.entries(body)) {
    const check = checks[field];
    if (!check) throw new Rejection(400, 'bad_request', `Unknown field \`${field}\`${at ? ` inside \`${at}\`` : ''}: expected one of ${backticked(Object.keys(checks))}`);
    const problem = check(value, `${at}.${field}`);
    if (problem) throw new Rejection(400, `${codePrefix}${snakeCase(field)}`, problem);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Filter expressions: the grammar subset of comparisons, TO ranges, IN lists, EXISTS, NOT, AND, OR, parentheses.

type ComparisonOperator = '=' | '!=' | '>' | '>=' | '<' | '<=';

type FilterNode =
  | { kind: 'all'; children: FilterNode[] }
  | { kind: 'any'; children: FilterNode[] }
  | { kind: 'not'; child: FilterNode }
  | { kind: 'compare'; attribute: string; operator: ComparisonOperator; value: string }
  | { kind: 'range'; attribute: string; from: string; to: string }
  | { kind: 'in'; attribute: string; values: string[] }
  | { kind: 'exists'; attribute: string };

interface FilterToken {
  text: string;
  /** Quoted values are never keywords or punctuation. */
  quoted: boolean;
}

const OPERATORS: readonly ComparisonOperator[] = ['>=', '<=', '!=', '=', '>', '<'];
const KEYWORDS = ['AND', 'OR', 'IN', 'NOT', 'TO', 'EXISTS', 'IS', 'NULL', 'EMPTY', 'CONTAINS', 'STARTS', 'WITH'];
const VALUE_CHARACTER = /[\p{L}\p{N}_.-]/u;

const filterError = (message: string, source: string) => new Rejection(400, 'invalid_search_filter', `${message}\n${source}`);

function tokenizeFilter(source: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let position = 0;
  while (position < source.length) {
    const character = source[position];
    if (/\s/.test(character)) {
      position++;
    } else if (character === '"' || character === "'") {
      let text = '';
      let cursor = position + 1;
      while (cursor < source.length && source[cursor] !== character) {
        if (source[cursor] === '\\') cursor++;
        text += source[cursor] ?? '';
        cursor++;
      }
      if (cursor >= source.length) throw filterError(`Expression \`${source.slice(position)}\` is missing the following closing delimiter: \`${character}\`.`, source);
      tokens.push({ text, quoted: true });
      position = cursor + 1;
    } else if ('()[],'.includes(character)) {
      tokens.push({ text: character, quoted: false });
      position++;
    } else {
      const operator = OPERATORS.find((candidate) => source.startsWith(candidate, position));
      let end = position;
      if (operator) end += operator.length;
      else while (end < source.length && VALUE_CHARACTER.test(source[end])) end++;
      if (end === position) throw filterError(`Was expecting a value but instead got \`${source.slice(position)}\`.`, source);
      tokens.push({ text: source.slice(position, end), quoted: false });
      position = end;
    }
  }
  return tokens;
}

function parseFilterExpression(source: string): FilterNode {
  const tokens = tokenizeFilter(source);
  let position = 0;
  const peek = () => tokens[position];
  const isKeyword = (token: FilterToken | undefined, keyword: string) => token !== undefined && !token.quoted && token.text === keyword;
  const expect = (text: string) => {
    if (!isKeyword(peek(), text)) throw filterError(`Expected \`${text}\` but found \`${peek()?.text ?? 'nothing'}\`.`, source);
    position++;
  };
  const value = (): string => {
    const token = peek();
    if (token === undefined) throw filterError('Was expecting a value but instead got nothing.', source);
    if (!token.quoted && KEYWORDS.includes(token.text)) {
      throw filterError(`Was expecting a value but instead got \`${token.text}\`, which is a reserved keyword; quote it to use it as a value.`, source);
    }
    if (!token.quoted && !VALUE_CHARACTER.test(token.text[0])) throw filterError(`Was expecting a value but instead got \`${token.text}\`.`, source);
    position++;
    return token.text;
  };
  const condition = (): FilterNode => {
    const attribute = value();
    const token = peek();
    if (token && !token.quoted && (OPERATORS as readonly string[]).includes(token.text)) {
      position++;
      return { kind: 'compare', attribute, operator: token.text as ComparisonOperator, value: value() };
    }
    if (isKeyword(token, 'EXISTS')) {
      position++;
      return { kind: 'exists', attribute };
    }
    if (isKeyword(token, 'IN')) {
      position++;
      expect('[');
      const values = [value()];
      while (isKeyword(peek(), ',')) {
        position++;
        values.push(value());
      }
      expect(']');
      return { kind: 'in', attribute, values };
    }
    if (token && !token.quoted && !KEYWORDS.includes(token.text) && isKeyword(tokens[position + 1], 'TO')) {
      const from = value();
      position++;
      return { kind: 'range', attribute, from, to: value() };
    }
    throw filterError(
      `Was expecting an operation \`=\`, \`!=\`, \`>=\`, \`>\`, \`<=\`, \`<\`, \`IN\`, \`TO\` or \`EXISTS\` ${token ? `at \`${token.text}\`` : 'but instead got nothing'}.`,
      source,
    );
  };
  const primary = (): FilterNode => {
    if (isKeyword(peek(), 'NOT')) {
      position++;
      return { kind: 'not', child: primary() };
    }
    if (isKeyword(peek(), '(')) {
      position++;
      const inner = disjunction();
      expect(')');
      return inner;
    }
    return condition();
  };
  const conjunction = (): FilterNode => {
    const children = [primary()];
    while (isKeyword(peek(), 'AND')) {
      position++;
      children.push(primary());
    }
    return children.length === 1 ? children[0] : { kind: 'all', children };
  };
  const disjunction = (): FilterNode => {
    const children = [conjunction()];
    while (isKeyword(peek(), 'OR')) {
      position++;
      children.push(conjunction());
    }
    return children.length === 1 ? children[0] : { kind: 'any', children };
  };
  const root = disjunction();
  if (position < tokens.length) {
    throw filterError(`Found unexpected characters at the end of the filter: \`${tokens[position].text}\`. You probably forgot an \`OR\` or an \`AND\` rule.`, source);
  }
  return root;
}

/** An array filter ANDs its elements; an inner array ORs its strings. */
function parseFilter(filter: string | (string | string[])[]): FilterNode {
  if (typeof filter === 'string') return parseFilterExpression(filter);
  return {
    kind: 'all',
    children: filter.map((part) => (typeof part === 'string' ? parseFilterExpression(part) : { kind: 'any', children: part.map(parseFilterExpression) })),
  };
}

function filterAttributes(node: FilterNode): string[] {
  if (node.kind === 'all' || node.kind === 'any') return node.children.flatMap(filterAttributes);
  if (node.kind === 'not') return filterAttributes(node.child);
  return [node.attribute];
}

const isNumeric = (text: string) => text.trim() !== '' && Number.isFinite(Number(text));

function equalsLiteral(value: unknown, literal: string): boolean {
  if (typeof value === 'number') return isNumeric(literal) && value === Number(literal);
  if (typeof value === 'boolean' || typeof value === 'string') return String(value).toLowerCase() === literal.toLowerCase();
  return false;
}

function compareLiteral(value: unknown, operator: ComparisonOperator, literal: string): boolean {
  if (operator === '=') return equalsLiteral(value, literal);
  if (operator === '!=') return !equalsLiteral(value, literal);
  if (typeof value !== 'number' || !isNumeric(literal)) return false;
  const bound = Number(literal);
  return operator === '>' ? value > bound : operator === '>=' ? value >= bound : operator === '<' ? value < bound : value <= bound;
}

const valuesOf = (document: Document, attribute: string): unknown[] => {
  const value = document[attribute];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
};

function matchesFilter(node: FilterNode, document: Document): boolean {
  switch (node.kind) {
    case 'all':
      return node.children.every((child) => matchesFilter(child, document));
    case 'any':
      return node.children.some((child) => matchesFilter(child, document));
    case 'not':
      return !matchesFilter(node.child, document);
    case 'compare':
      return node.operator === '!='
        ? !valuesOf(document, node.attribute).some((value) => equalsLiteral(value, node.value))
        : valuesOf(document, node.attribute).some((value) => compareLiteral(value, node.operator, node.value));
    case 'range':
      return valuesOf(document, node.attribute).some((value) => compareLiteral(value, '>=', node.from) && compareLiteral(value, '<=', node.to));
    case 'in':
      return valuesOf(document, node.attribute).some((value) => node.values.some((literal) => equalsLiteral(value, literal)));
    case 'exists':
      return node.attribute in document;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Search evaluation.

export interface SearchParams {
  q?: string | null;
  filter?: string | (string | string[])[] | null;
  sort?: string[] | null;
  facets?: string[] | null;
  limit?: number;
  offset?: number;
  page?: number;
  hitsPerPage?: number;
  attributesToSearchOn?: string[] | null;
  attributesToRetrieve?: string[] | null;
  attributesToHighlight?: string[] | null;
  highlightPreTag?: string;
  highlightPostTag?: string;
}

const MAX_QUERY_WORDS = 10;
const words = (text: string) => text.toLowerCase().split(/[\s,.;:!?()[\]"'，。、；：！？（）]+/u).filter(Boolean);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function searchableText(document: Document, attribute: string): string {
  const value = document[attribute];
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

function searchIndex(index: IndexState, params: SearchParams): Record<string, unknown> {
  const { settings } = index;
  const filterable = settings.filterableAttributes;
  const filter = params.filter === null || params.filter === undefined ? undefined : parseFilter(params.filter);
  const notFilterable = filter && filterAttributes(filter).find((attribute) => !filterable.includes(attribute));
  if (notFilterable !== undefined) {
    throw new Rejection(400, 'invalid_search_filter', `Attribute \`${notFilterable}\` is not filterable. Available filterable attributes are: \`${filterable.join(', ')}\`.`);
  }
  const sort = (params.sort ?? []).map((rule) => {
    const match = /^([^:]+):(asc|desc)$/.exec(rule);
    if (!match) throw new Rejection(400, 'invalid_search_sort', `Invalid syntax for the sort parameter: expected expression ending by \`:asc\` or \`:desc\`, found \`${rule}\`.`);
    if (!settings.sortableAttributes.includes(match[1])) {
      throw new Rejection(400, 'invalid_search_sort', `Attribute \`${match[1]}\` is not sortable. Available sortable attributes are: \`${settings.sortableAttributes.join(', ')}\`.`);
    }
    return { attribute: match[1], direction: match[2] === 'asc' ? 1 : -1 };
  });
  if (sort.length > 0 && !settings.rankingRules.includes('sort')) {
    throw new Rejection(400, 'invalid_search_sort', 'You must specify where `sort` is listed in the rankingRules setting to use the sort parameter at search time.');
  }
  const facets = params.facets ?? [];
  const notFacetable = facets.find((facet) => !filterable.includes(facet));
  if (notFacetable !== undefined) {
    throw new Rejection(400, 'invalid_search_facets', `Attribute \`${notFacetable}\` is not filterable, so not a facet. Filterable: \`${filterable.join(', ')}\`.`);
  }

  const searchOn = params.attributesToSearchOn;
  const notSearchable = settings.searchableAttributes.includes('*') ? undefined : searchOn?.find((attribute) => !settings.searchableAttributes.includes(attribute));
  if (notSearchable !== undefined) {
    const available = settings.searchableAttributes.join(', ');
    throw new Rejection(400, 'invalid_search_attributes_to_search_on', `Attribute \`${notSearchable}\` is not searchable. Available searchable attributes are: \`${available}\`.`);
  }

  // Meilisearch ignores every query word after the tenth.
  const queryWords = words(params.q ?? '').slice(0, MAX_QUERY_WORDS);
  const alternatives = queryWords.map((word) => [word, ...(settings.synonyms[word] ?? []).map((synonym) => synonym.toLowerCase())]);
  const searchable = (document: Document) =>
    searchOn ?? (settings.searchableAttributes.includes('*') ? Object.keys(document).filter((key) => typeof document[key] === 'string') : settings.searchableAttributes);
  /**
   * Meilisearch's default matching strategy `last`: documents with every query word first, then those
   * missing words dropped from the end. Within that, the best attributes matched (lower is better).
   */
  const relevance = (document: Document): { missingWords: number; attributes: number } | undefined => {
    let matched = 0;
    let attributes = 0;
    for (const [i, options] of alternatives.entries()) {
      const isLast = i === alternatives.length - 1;
      const position = searchable(document).findIndex((attribute) =>
        words(searchableText(document, attribute)).some((token) => options.some((option) => token === option || (isLast && token.startsWith(option)))),
      );
      if (position === -1) break;
      matched++;
      attributes += position;
    }
    return alternatives.length > 0 && matched === 0 ? undefined : { missingWords: alternatives.length - matched, attributes };
  };
  const customRules = settings.rankingRules
    .map((rule) => /^(.+):(asc|desc)$/.exec(rule))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ attribute: match[1], direction: match[2] === 'asc' ? 1 : -1 }));
  const byAttributes = (rules: { attribute: string; direction: number }[], a: Document, b: Document) => {
    for (const { attribute, direction } of rules) {
      const [left, right] = [a[attribute], b[attribute]];
      if (left !== right) return (left as number) < (right as number) ? -direction : direction;
    }
    return 0;
  };
  const matches = [...index.documents.values()]
    .filter((document) => !filter || matchesFilter(filter, document))
    .map((document) => ({ document, rank: relevance(document) }))
    .filter((match): match is { document: Document; rank: { missingWords: number; attributes: number } } => match.rank !== undefined)
    .sort(
      (a, b) =>
        byAttributes(sort, a.document, b.document) ||
        a.rank.missingWords - b.rank.missingWords ||
        a.rank.attributes - b.rank.attributes ||
        byAttributes(customRules, a.document, b.document),
    )
    .map((match) => match.document);

  const reachable = matches.slice(0, settings.pagination.maxTotalHits);
  const finite = params.page !== undefined || params.hitsPerPage !== undefined;
  const hitsPerPage = params.hitsPerPage ?? 20;
  const page = params.page ?? 1;
  const [start, count] = finite ? [(page - 1) * hitsPerPage, page === 0 ? 0 : hitsPerPage] : [params.offset ?? 0, params.limit ?? 20];
  const pagination = finite
    ? { hitsPerPage, page, totalPages: hitsPerPage === 0 ? 0 : Math.ceil(reachable.length / hitsPerPage), totalHits: reachable.length }
    : { limit: count, offset: start, estimatedTotalHits: reachable.length };

  const highlightPattern = alternatives.length
    ? new RegExp(
        alternatives
          .flat()
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|'),
        'gi',
      )
    : undefined;
  const hits = reachable.slice(start, start + count).map((document) => {
    const retrieved = retrieve(document, params.attributesToRetrieve);
    const highlighted = params.attributesToHighlight;
    if (!highlighted) return retrieved;
    const formatted: Document = { ...retrieved };
    for (const [attribute, value] of Object.entries(retrieved)) {
      if (typeof value === 'string' && highlightPattern && (highlighted.includes('*') || highlighted.includes(attribute))) {
        formatted[attribute] = value.replace(highlightPattern, (text) => `${params.highlightPreTag ?? '<em>'}${text}${params.highlightPostTag ?? '</em>'}`);
      }
    }
    return { ...retrieved, _formatted: formatted };
  });

  return {
    hits,
    query: params.q ?? '',
    processingTimeMs: 0,
    ...pagination,
    ...(facets.length > 0 ? facetSummary(matches, facets, settings.faceting.maxValuesPerFacet) : {}),
  };
}

function retrieve(document: Document, attributes: string[] | null | undefined): Document {
  if (!attributes || attributes.includes('*')) return { ...document };
  return Object.fromEntries(Object.entries(document).filter(([attribute]) => attributes.includes(attribute)));
}

function facetSummary(documents: Document[], facets: string[], maxValuesPerFacet: number) {
  const facetDistribution: Record<string, Record<string, number>> = {};
  const facetStats: Record<string, { min: number; max: number }> = {};
  for (const facet of facets) {
    const counts = new Map<string, number>();
    const numbers: number[] = [];
    for (const value of documents.flatMap((document) => valuesOf(document, facet))) {
      counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
      if (typeof value === 'number') numbers.push(value);
    }
    facetDistribution[facet] = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)).slice(0, maxValuesPerFacet));
    if (numbers.length > 0) facetStats[facet] = { min: Math.min(...numbers), max: Math.max(...numbers) };
  }
  return { facetDistribution, facetStats };
}

// ---------------------------------------------------------------------------------------------------------
// The HTTP server.

const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;
const JSON_BODY_METHODS = ['POST', 'PUT', 'PATCH'];

const defaultSettings = (): IndexSettings => ({
  searchableAttributes: ['*'],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: [...BUILT_IN_RANKING_RULES],
  synonyms: {},
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [], disableOnAttributes: [] },
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
});

interface Exchange {
  method: string;
  params: string[];
  query: Record<string, string>;
  body: unknown;
  response: ServerResponse;
}

interface Route {
  method: string;
  path: string;
  /** Query parameters Meilisearch accepts on this route. */
  queryParameters?: string[];
  handle: (exchange: Exchange) => void;
}

export class MeiliDouble {
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  private readonly indexes = new Map<string, IndexState>();
  private readonly tasks = new Map<number, TaskState>();
  private readonly tasksToFail: DoubleTaskType[] = [];
  private readonly routes: Route[] = [
    { method: 'GET', path: '/health', handle: ({ response }) => this.send(response, 200, { status: 'available' }) },
    { method: 'POST', path: '/indexes', handle: (exchange) => this.createIndex(exchange) },
    { method: 'GET', path: '/indexes/:uid', handle: ({ params, response }) => this.send(response, 200, this.describeIndex(this.existingIndex(params[0]))) },
    { method: 'GET', path: '/indexes/:uid/stats', handle: ({ params, response }) => this.send(response, 200, this.stats(this.existingIndex(params[0]))) },
    { method: 'PATCH', path: '/indexes/:uid/settings', handle: ({ params, body, response }) => this.updateSettings(params[0], body, response) },
    { method: 'PUT', path: '/indexes/:uid/settings/:setting', handle: (exchange) => this.updateOneSetting(exchange) },
    { method: 'PATCH', path: '/indexes/:uid/settings/:setting', handle: (exchange) => this.updateOneSetting(exchange) },
    { method: 'POST', path: '/indexes/:uid/documents', queryParameters: ['primaryKey'], handle: (exchange) => this.addDocuments(exchange, 'replace') },
    { method: 'PUT', path: '/indexes/:uid/documents', queryParameters: ['primaryKey'], handle: (exchange) => this.addDocuments(exchange, 'merge') },
    { method: 'POST', path: '/indexes/:uid/documents/delete-batch', handle: (exchange) => this.deleteDocuments(exchange) },
    { method: 'DELETE', path: '/indexes/:uid/documents', handle: ({ params, response }) => this.deleteAllDocuments(params[0], response) },
    { method: 'POST', path: '/indexes/:uid/search', handle: ({ params, body, response }) => this.search(params[0], body, response) },
    { method: 'POST', path: '/multi-search', handle: ({ body, response }) => this.multiSearch(body, response) },
    { method: 'GET', path: '/tasks/:uid', handle: ({ params, response }) => this.send(response, 200, this.describeTask(params[0])) },
  ];
  private nextTaskUid = 0;

  private constructor(
    private readonly server: Server,
    private readonly apiKey: string | undefined,
  ) {}

  /** Listens on a free port of 127.0.0.1; with `apiKey`, every route but /health requires `Bearer <apiKey>`. */
  static async start(options: { apiKey?: string } = {}): Promise<MeiliDouble> {
    const server = createServer();
    const double = new MeiliDouble(server, options.apiKey);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => void double.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return double;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The params of every search received so far, in order, each query of a multi-search on its own. */
  get searches(): ReceivedSearch[] {
    return this.requests.flatMap((request): ReceivedSearch[] => {
      if (request.method !== 'POST' || !isPlainObject(request.body)) return [];
      if (request.path === '/multi-search') return Array.isArray(request.body.queries) ? (request.body.queries as ReceivedSearch[]) : [];
      const index = matchPath('/indexes/:uid/search', request.path);
      return index ? [{ indexUid: index[0], ...(request.body as SearchParams) }] : [];
    });
  }

  /** The next task of this type fails with an `internal` error instead of being applied. */
  failNextTask(type: DoubleTaskType): void {
    this.tasksToFail.push(type);
  }

  async stop(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      body: parseJson(text),
    };
    this.requests.push(recorded);
    try {
      this.route(recorded, text, response);
    } catch (error) {
      if (error instanceof NotFound) return this.send(response, 404, errorBody(error.code, error.message));
      const rejection = error instanceof Rejection ? error : new Rejection(500, 'internal', `The double failed: ${String(error)}`, 'internal');
      this.violations.push({ method, path: url.pathname, status: rejection.status, code: rejection.code, message: rejection.message });
      this.send(response, rejection.status, errorBody(rejection.code, rejection.message, rejection.type));
    }
  }

  private route(request: RecordedRequest, text: string, response: ServerResponse): void {
    const match = this.routes
      .map((route) => ({ route, params: matchPath(route.path, request.path) }))
      .find(({ route, params }) => params !== undefined && route.method === request.method);
    if (!match?.params) throw new Rejection(404, 'not_found', `The double does not serve ${request.method} ${request.path}.`);
    if (request.path !== '/health') this.checkAuthorization(request.authorization);
    const unknownParameter = Object.keys(request.query).find((name) => !(match.route.queryParameters ?? []).includes(name));
    if (unknownParameter !== undefined) {
      throw new Rejection(400, 'bad_request', `Unknown parameter \`${unknownParameter}\`: expected one of ${backticked(match.route.queryParameters ?? []) || 'nothing'}`);
    }
    if (JSON_BODY_METHODS.includes(request.method)) checkJsonBody(request, text);
    match.route.handle({ method: request.method, params: match.params, query: request.query, body: request.body, response });
  }

  private checkAuthorization(header: string | undefined): void {
    if (this.apiKey === undefined) return;
    if (header === undefined) {
      throw new Rejection(401, 'missing_authorization_header', 'The Authorization header is missing. It must use the bearer authorization method.', 'auth');
    }
    if (header !== `Bearer ${this.apiKey}`) throw new Rejection(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
  }

  private send(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  private enqueue(response: ServerResponse, indexUid: string | null, type: DoubleTaskType, apply: () => Record<string, unknown>): void {
    const task: TaskState = { uid: this.nextTaskUid++, indexUid, status: 'succeeded', type, details: {}, error: null, enqueuedAt: new Date().toISOString() };
    const failAt = this.tasksToFail.indexOf(type);
    if (failAt !== -1) {
      this.tasksToFail.splice(failAt, 1);
      task.status = 'failed';
      task.error = errorBody('internal', `The ${type} task failed as the test asked.`, 'internal');
    } else {
      try {
        task.details = apply();
      } catch (error) {
        if (!(error instanceof TaskFailure)) throw error;
        task.status = 'failed';
        task.error = errorBody(error.code, error.message);
        if (error.violation) this.violations.push({ method: 'task', path: `/tasks/${task.uid}`, status: 202, code: error.code, message: error.message });
      }
    }
    this.tasks.set(task.uid, task);
    this.send(response, 202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt });
  }

  private describeTask(uid: string): Record<string, unknown> {
    const task = this.tasks.get(Number(uid));
    if (!task) throw new NotFound('task_not_found', `Task \`${uid}\` not found.`);
    const { uid: taskUid, indexUid, status, type, details, error, enqueuedAt } = task;
    const times = { duration: 'PT0S', enqueuedAt, startedAt: enqueuedAt, finishedAt: enqueuedAt };
    return { uid: taskUid, batchUid: taskUid, indexUid, status, type, canceledBy: null, details, error, ...times };
  }

  private existingIndex(uid: string): IndexState {
    const index = this.indexes.get(uid);
    if (!index) throw new NotFound('index_not_found', `Index \`${uid}\` not found.`);
    return index;
  }

  private indexFor(uid: string, primaryKey: string | null = null): IndexState {
    const existing = this.indexes.get(uid);
    if (existing) return existing;
    const now = new Date().toISOString();
    const index: IndexState = { uid, primaryKey, createdAt: now, updatedAt: now, documents: new Map(), settings: defaultSettings() };
    this.indexes.set(uid, index);
    return index;
  }

  private describeIndex({ uid, primaryKey, createdAt, updatedAt }: IndexState) {
    return { uid, primaryKey, createdAt, updatedAt };
  }

  private stats(index: IndexState) {
    const fieldDistribution: Record<string, number> = {};
    for (const document of index.documents.values()) {
      for (const field of Object.keys(document)) fieldDistribution[field] = (fieldDistribution[field] ?? 0) + 1;
    }
    return {
      numberOfDocuments: index.documents.size,
      isIndexing: false,
      fieldDistribution,
      numberOfEmbeddedDocuments: 0,
      numberOfEmbeddings: 0,
      rawDocumentDbSize: 0,
      avgDocumentSize: 0,
    };
  }

  private createIndex({ body, response }: Exchange): void {
    checkFields(body, { uid: isString, primaryKey: nullable(isString) }, 'invalid_index_');
    const { uid, primaryKey } = body as { uid?: string; primaryKey?: string | null };
    if (uid === undefined) throw new Rejection(400, 'missing_index_uid', 'Missing field `uid`');
    if (!INDEX_UID.test(uid)) {
      throw new Rejection(400, 'invalid_index_uid', `\`${uid}\` is not a valid index uid: use at most 400 of a-z A-Z 0-9 - _.`);
    }
    this.enqueue(response, uid, 'indexCreation', () => {
      // Losing a creation race is normal, not the client's fault.
      if (this.indexes.has(uid)) throw new TaskFailure('index_already_exists', `Index \`${uid}\` already exists.`, false);
      this.indexFor(uid, primaryKey ?? null);
      return { primaryKey: primaryKey ?? null };
    });
  }

  private updateSettings(uid: string, body: unknown, response: ServerResponse): void {
    checkFields(body, SETTINGS_CHECKS, 'invalid_settings_');
    this.enqueue(response, uid, 'settingsUpdate', () => {
      const index = this.indexFor(uid);
      const settings = index.settings as unknown as Record<string, unknown>;
      const defaults = defaultSettings() as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(body)) {
        if (value === null) settings[field] = defaults[field];
        else if (OBJECT_SETTINGS.includes(field)) settings[field] = { ...(settings[field] as object), ...(value as object) };
        else settings[field] = value;
      }
      index.updatedAt = new Date().toISOString();
      return body;
    });
  }

  /** /indexes/:uid/settings/<kebab-name>: PATCH for the object settings, PUT for the others, as in Meilisearch. */
  private updateOneSetting({ method, params: [uid, name], body, response }: Exchange): void {
    const field = kebabToCamel(name);
    const expectedMethod = OBJECT_SETTINGS.includes(field) ? 'PATCH' : 'PUT';
    if (!(field in SETTINGS_CHECKS) || method !== expectedMethod) {
      throw new Rejection(404, 'not_found', `The double does not serve ${method} /indexes/${uid}/settings/${name}.`);
    }
    this.updateSettings(uid, { [field]: body }, response);
  }

  private addDocuments({ params: [uid], query, body, response }: Exchange, mode: 'replace' | 'merge'): void {
    const documents = Array.isArray(body) ? body : [body];
    if (!documents.every(isPlainObject)) {
      throw new Rejection(400, 'malformed_payload', 'The `json` payload provided is malformed: expected a document, or a sequence of documents.');
    }
    this.enqueue(response, uid, 'documentAdditionOrUpdate', () => {
      const primaryKey = this.indexes.get(uid)?.primaryKey ?? query.primaryKey ?? inferPrimaryKey(documents);
      for (const document of documents) {
        const id = document[primaryKey];
        if (id === undefined) throw new TaskFailure('missing_document_id', `Document doesn't have a \`${primaryKey}\` attribute: \`${JSON.stringify(document)}\`.`, true);
        if (!(Number.isSafeInteger(id) || (typeof id === 'string' && DOCUMENT_ID.test(id)))) {
          const problem = 'an integer, or at most 511 of a-z A-Z 0-9 - _';
          throw new TaskFailure('invalid_document_id', `Document identifier \`${JSON.stringify(id)}\` is invalid: use ${problem}.`, true);
        }
      }
      const index = this.indexFor(uid, primaryKey);
      index.primaryKey = primaryKey;
      for (const document of documents) {
        const key = String(document[primaryKey]);
        index.documents.set(key, mode === 'merge' ? { ...index.documents.get(key), ...document } : document);
      }
      return { receivedDocuments: documents.length, indexedDocuments: documents.length };
    });
  }

  private deleteDocuments({ params: [uid], body, response }: Exchange): void {
    const isDocumentId: Check = (value, at) => (typeof value === 'string' || Number.isSafeInteger(value) ? undefined : mismatch('a string or an integer', value, at));
    const problem = arrayOf(isDocumentId)(body, '.');
    if (problem) throw new Rejection(400, 'bad_request', problem);
    const ids = body as (string | number)[];
    this.enqueue(response, uid, 'documentDeletion', () => {
      const index = this.indexes.get(uid);
      if (!index) throw new TaskFailure('index_not_found', `Index \`${uid}\` not found.`, false);
      const deleted = ids.filter((id) => index.documents.delete(String(id))).length;
      return { providedIds: ids.length, deletedDocuments: deleted, originalFilter: null };
    });
  }

  private deleteAllDocuments(uid: string, response: ServerResponse): void {
    this.enqueue(response, uid, 'documentDeletion', () => {
      const index = this.indexes.get(uid);
      if (!index) throw new TaskFailure('index_not_found', `Index \`${uid}\` not found.`, false);
      const deleted = index.documents.size;
      index.documents.clear();
      return { providedIds: 0, deletedDocuments: deleted, originalFilter: null };
    });
  }

  private search(uid: string, body: unknown, response: ServerResponse): void {
    checkFields(body, SEARCH_CHECKS, 'invalid_search_');
    this.send(response, 200, searchIndex(this.existingIndex(uid), body));
  }

  private multiSearch(body: unknown, response: ServerResponse): void {
    checkFields(body, { queries: arrayOf(shape({ indexUid: isString, ...SEARCH_CHECKS })) }, 'invalid_multi_search_');
    const queries = (body.queries ?? []) as (SearchParams & { indexUid?: string })[];
    const results = queries.map(({ indexUid, ...params }, i) => {
      try {
        if (indexUid === undefined) throw new Rejection(400, 'missing_index_uid', 'Missing field `indexUid`');
        return { indexUid, ...searchIndex(this.existingIndex(indexUid), params) };
      } catch (error) {
        // Meilisearch names the failing query in the message.
        if (error instanceof Rejection) throw new Rejection(error.status, error.code, `Inside \`.queries[${i}]\`: ${error.message}`, error.type);
        if (error instanceof NotFound) throw new NotFound(error.code, `Inside \`.queries[${i}]\`: ${error.message}`);
        throw error;
      }
    });
    this.send(response, 200, { results });
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function checkJsonBody(request: RecordedRequest, text: string): void {
  const accepted = 'Accepted values for the Content-Type header are: `application/json`';
  if (request.contentType === undefined) throw new Rejection(415, 'missing_content_type', `A Content-Type header is required. ${accepted}`);
  if (request.contentType.split(';')[0].trim().toLowerCase() !== 'application/json') {
    throw new Rejection(415, 'invalid_content_type', `The Content-Type \`${request.contentType}\` is invalid. ${accepted}`);
  }
  if (text === '') throw new Rejection(400, 'missing_payload', 'A json payload is missing.');
  if (request.body === text) throw new Rejection(400, 'malformed_payload', 'The json payload provided is malformed.');
}

function matchPath(pattern: string, path: string): string[] | undefined {
  const expected = pattern.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: string[] = [];
  for (const [i, segment] of expected.entries()) {
    if (segment.startsWith(':')) params.push(decodeURIComponent(actual[i]));
    else if (segment !== actual[i]) return undefined;
  }
  return params;
}

/** Meilisearch takes the one attribute whose name ends in "id" as the primary key of a new index. */
function inferPrimaryKey(documents: Document[]): string {
  const candidates = Object.keys(documents[0] ?? {}).filter((attribute) => /id$/i.test(attribute));
  if (candidates.length === 1) return candidates[0];
  const advice = 'Please specify the primary key manually using the `primaryKey` query parameter.';
  if (candidates.length === 0) {
    throw new TaskFailure('index_primary_key_no_candidate_found', `No field ending with \`id\` to infer the primary key from. ${advice}`, true);
  }
  throw new TaskFailure('index_primary_key_multiple_candidates_found', `Several fields end with \`id\`: ${backticked(candidates)}. ${advice}`, true);
}
