import type { Article, ArticleEntry, Edition } from '../library/getters';
import { isListed } from '../content/publishing';
import { slugify } from '../site/slug';

/*
 * Sections ("every Strategic Update") and topics (tags) across all editions. Built from the
 * editions a reader may see, so drafts never appear.
 */

/** What a list needs to show an article: enough to say where it appeared and to link to it. */
export interface ListedEntry {
  edition: Pick<Edition, 'number' | 'title' | 'published'>;
  article: Pick<Article, 'slug' | 'title' | 'section'>;
}

/** A section or topic: its name as written, its address, and its articles newest first. */
export interface Collection {
  name: string;
  slug: string;
  entries: ArticleEntry[];
}

function collect(
  editions: readonly Edition[],
  namesOf: (article: Article) => readonly string[],
): Map<string, Collection> {
  const collections = new Map<string, Collection>();
  for (const edition of editions) {
    for (const article of edition.articles.filter(isListed)) {
      for (const name of namesOf(article)) {
        const slug = slugify(name);
        const collection = collections.get(slug) ?? { name, slug, entries: [] };
        collection.entries.push({ edition, article });
        collections.set(slug, collection);
      }
    }
  }
  return collections;
}

/** Every section, keyed by its address; editions come newest first, so entries do too. */
export function sections(editions: readonly Edition[]): Map<string, Collection> {
  return collect(editions, (article) => (article.section ? [article.section] : []));
}

/** Every topic (tag), keyed by its address. */
export function topics(editions: readonly Edition[]): Map<string, Collection> {
  return collect(editions, (article) => article.tags ?? []);
}

/**
 * Other articles of the same section from other editions, newest first. Every article page
 * asks, so it stops at `limit` instead of gathering every section of the archive.
 */
export function moreFromSection(
  editions: readonly Edition[],
  current: ArticleEntry,
  limit = 3,
): ArticleEntry[] {
  const section = current.article.section;
  if (!section) return [];
  const slug = slugify(section);
  const found: ArticleEntry[] = [];
  for (const edition of editions) {
    if (edition.number === current.edition.number) continue;
    for (const article of edition.articles.filter(isListed)) {
      if (
        article.section === undefined ||
        (article.section !== section && slugify(article.section) !== slug)
      )
        continue;
      found.push({ edition, article });
      if (found.length === limit) return found;
    }
  }
  return found;
}

/** The editions before and after `edition` in number order, as a reader may see them. */
export function neighbouringEditions(
  editions: readonly Edition[],
  edition: Pick<Edition, 'number'>,
): { newer?: Edition; older?: Edition } {
  const index = editions.findIndex((candidate) => candidate.number === edition.number);
  return { newer: editions[index - 1], older: editions[index + 1] };
}
