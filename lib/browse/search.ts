import MiniSearch from 'minisearch';
import type { Edition } from '../library/getters';
import { searchQuery } from './search-query';
import { audienceKey, listedEntries, type Audience } from '../content/publishing';
import type { ArticleEntry } from '../content/types';
import type { ListedEntry } from './taxonomy';

/*
 * Search across every public article of every edition, with MiniSearch: a small, well-kept
 * full-text index that runs in the server process, so results render without JavaScript,
 * and does prefix matching ("transcrib" finds "transcribed") out of the box, for words of
 * three letters or more. Phrases in
 * double quotes are matched exactly on top of it. The index is built once from the parsed
 * content (never from the Markdown files) for each set of editions a reader may see.
 */

interface Indexed {
  id: number;
  title: string;
  section: string;
  byline: string;
  tags: string;
  text: string;
}

/** One search result as a list shows it: the article, and a snippet with the matches marked. */
export interface SearchHit extends ListedEntry {
  snippet: SnippetPart[];
}

/** One search result on the server, with the whole article. */
export interface SearchResult extends ArticleEntry {
  score: number;
  snippet: SnippetPart[];
}

/** A piece of a snippet; `match` pieces are shown marked. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A query split into its quoted phrases and its single words. */
export interface ParsedQuery {
  phrases: string[];
  terms: string[];
}

/** Splits a query into `"quoted phrases"` and words. */
export function parseQuery(query: string): ParsedQuery {
  const cut = searchQuery(query);
  const phrases = [...cut.matchAll(/"([^"]+)"/g)]
    .map((match) => normalise(match[1] ?? ''))
    .filter(Boolean);
  const rest = cut.replace(/"[^"]*"?/g, ' ');
  const terms = tokenize(rest);
  return { phrases, terms };
}

/**
 * Most words one query asks the index for. Each word is a walk of the index, more for a short
 * prefix: a hundred one-letter words cost 0.73 s on 600 articles and slowed every other reader's
 * search. A reader's search is a few words; the rest of a longer one are not searched.
 */
export const MAX_QUERY_WORDS = 8;

/**
 * Shortest word matched as the beginning of longer ones ("tra" finds "training"); shorter
 * words match whole words only, since "a" begins a quarter of the dictionary.
 */
const MIN_PREFIX_LENGTH = 3;

/**
 * Every word the index must match: the single words, and the words of each phrase, each once,
 * at most MAX_QUERY_WORDS of them.
 */
function indexWords({ phrases, terms }: ParsedQuery): string[] {
  return [...new Set([...terms, ...phrases.flatMap(tokenize)])].slice(0, MAX_QUERY_WORDS);
}

/** The words a query asks the index for (indexWords), for a reader's query as typed. */
export function searchedWords(query: string): string[] {
  return indexWords(parseQuery(query));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** How articles are indexed and searched, the same on the server and in a static copy's browser. */
const indexOptions = {
  fields: ['title', 'section', 'byline', 'tags', 'text'],
  tokenize,
  searchOptions: {
    boost: { title: 3, tags: 2, section: 1.5, byline: 1.5 },
    prefix: (term: string) => term.length >= MIN_PREFIX_LENGTH,
    combineWith: 'AND' as const,
  },
};

function indexed(entries: readonly ArticleEntry[]): Indexed[] {
  return entries.map(({ article }, id) => ({
    id,
    title: article.title,
    section: article.section ?? '',
    byline: [article.author, article.role].filter(Boolean).join(' '),
    tags: (article.tags ?? []).join(' '),
    text: `${article.summary} ${article.body.text}`,
  }));
}

/** A search index over the given editions. */
export class SearchIndex {
  private readonly index: MiniSearch<Indexed>;
  private readonly entries: ArticleEntry[];

  constructor(editions: readonly Edition[]) {
    this.entries = listedEntries(editions);
    this.index = new MiniSearch<Indexed>(indexOptions);
    this.index.addAll(indexed(this.entries));
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.entries.length;
  }

  /** The index as JSON, to measure its size. */
  serialised(): string {
    return JSON.stringify(this.index);
  }

  /** Articles matching every word (words match as prefixes) and every quoted phrase, best first. */
  search(query: string, limit = 50): SearchResult[] {
    const { phrases, terms } = parseQuery(query);
    const words = indexWords({ phrases, terms });
    if (words.length === 0) return [];
    const hits = this.index.search(words.join(' '));
    const results: SearchResult[] = [];
    for (const hit of hits) {
      const entry = this.entries[hit.id as number];
      if (!entry) continue;
      const haystack = normalise(
        `${entry.article.title} ${entry.article.summary} ${entry.article.body.text}`,
      );
      if (!phrases.every((phrase) => haystack.includes(phrase))) continue;
      results.push({
        ...entry,
        score: hit.score,
        snippet: snippet(`${entry.article.summary}\n${entry.article.body.text}`, phrases, words),
      });
      if (results.length === limit) break;
    }
    return results;
  }
}

/**
 * What a static copy of the site (which has no server to search) sends to the browser: the
 * index in MiniSearch's JSON form, and what a result shows of each article. Article text is
 * indexed but not sent, so snippets come from the summary.
 */
export interface StaticSearchData {
  index: ReturnType<MiniSearch['toJSON']>;
  entries: (ListedEntry & { summary: string })[];
}

export function staticSearchData(editions: readonly Edition[]): StaticSearchData {
  const entries = listedEntries(editions);
  const index = new MiniSearch<Indexed>(indexOptions);
  index.addAll(indexed(entries));
  return {
    index: index.toJSON(),
    entries: entries.map(({ edition, article }) => ({
      edition: { number: edition.number, title: edition.title, published: edition.published },
      article: { slug: article.slug, title: article.title, section: article.section },
      summary: article.summary,
    })),
  };
}

/**
 * Search in the browser over `staticSearchData`: the same index and ranking as the server.
 * A quoted phrase matches as its words, because the article text is not there to check it.
 */
export function staticSearcher(
  data: StaticSearchData,
): (query: string, limit?: number) => SearchHit[] {
  const index = MiniSearch.loadJS<Indexed>(data.index, indexOptions);
  return (query, limit = 50) => {
    const { phrases, terms } = parseQuery(query);
    const words = indexWords({ phrases, terms });
    if (words.length === 0) return [];
    return index
      .search(words.join(' '))
      .slice(0, limit)
      .flatMap((hit) => {
        const entry = data.entries[hit.id as number];
        return entry
          ? [
              {
                edition: entry.edition,
                article: entry.article,
                snippet: snippet(entry.summary, phrases, words),
              },
            ]
          : [];
      });
  };
}

/** About this many characters of context either side of the first match. */
const CONTEXT = 90;

/**
 * A short extract of `text` around the first match, with every match of the phrases (exact)
 * and words (as word prefixes) marked.
 */
export function snippet(
  text: string,
  phrases: readonly string[],
  terms: readonly string[],
): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [
    ...phrases.map((phrase) => escape(phrase).replace(/ /g, '\\s+')),
    ...terms.map((term) => `(?<![\\p{L}\\p{N}])${escape(term)}[\\p{L}\\p{N}]*`),
  ];
  if (patterns.length === 0) return [{ text: flat.slice(0, CONTEXT * 2), match: false }];
  const matcher = new RegExp(patterns.join('|'), 'giu');

  const first = matcher.exec(flat);
  matcher.lastIndex = 0;
  const centre = first?.index ?? 0;
  const start = Math.max(0, flat.lastIndexOf(' ', Math.max(0, centre - CONTEXT)) + 1);
  const endSpace = flat.indexOf(' ', centre + CONTEXT);
  const end = endSpace === -1 ? flat.length : endSpace;
  const window = flat.slice(start, end);

  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  let last = 0;
  for (const match of window.matchAll(matcher)) {
    if (match.index > last) parts.push({ text: window.slice(last, match.index), match: false });
    parts.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < window.length) parts.push({ text: window.slice(last), match: false });
  if (end < flat.length) parts.push({ text: ' …', match: false });
  return parts;
}

/** One index for each audience, so that public and preview searches never evict each other. */
const cached = new Map<string, { key: string; index: SearchIndex }>();

/**
 * The index for these editions as `audience` sees them, built once and reused while the content
 * (its `revision`, see contentRevision) and the articles that audience may see stay the same:
 * an edit in development, or a scheduled edition appearing, makes a new one.
 */
export function searchIndexFor(
  editions: readonly Edition[],
  audience: Audience,
  revision: number,
): SearchIndex {
  const visible = editions
    .map((edition) => edition.articles.map((article) => article.file).join('|'))
    .join('\n');
  const key = `${revision}\n${visible}`;
  const slot = cached.get(audienceKey(audience));
  if (slot?.key === key) return slot.index;
  const index = new SearchIndex(editions);
  cached.set(audienceKey(audience), { key, index });
  return index;
}
