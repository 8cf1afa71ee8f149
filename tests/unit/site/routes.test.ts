import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_VIEWS,
  EDITION_VIEWS,
  fillRoute,
  RESERVED_SLUGS,
  ROUTES,
  type Build,
  type Route,
} from '@/lib/site/routes';

/*
 * The table of routes against app/ itself. The browser tests compare it with the route list
 * Next writes when it builds (tests/e2e/routes.spec.ts); this finds a missing entry without a
 * build, from the files Next makes routes of.
 */

const app = path.resolve('app');

/** A file Next makes a route of, and which build has it (page extensions in next.config.ts). */
function routeFileBuild(name: string): Build | undefined {
  const match = /^(page|route)(\.server|\.static)?\.tsx?$/.exec(name);
  if (match) return match[2] === '.server' ? 'server' : match[2] === '.static' ? 'static' : 'both';
  // Metadata files: each is a route of its own at the name Next gives it.
  if (/^(sitemap|robots)\.ts$/.test(name) || name === 'icon.svg') return 'both';
  return undefined;
}

/** Every route app/ makes, as Next names it, with the build that has it. */
function appRoutes(): Map<string, Build> {
  const routes = new Map<string, Build>();
  for (const entry of fs.readdirSync(app, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const build = routeFileBuild(entry.name);
    if (!build) continue;
    const folder = path.relative(app, entry.parentPath).split(path.sep).join('/');
    const metadata = /^(sitemap|robots)\.ts$/.exec(entry.name);
    const name = metadata
      ? `${metadata[1]}.${metadata[1] === 'sitemap' ? 'xml' : 'txt'}`
      : entry.name === 'icon.svg'
        ? 'icon.svg'
        : '';
    const pattern = `/${[folder, name].filter(Boolean).join('/')}`;
    // A route with a file for each build (search: page.server.tsx and page.static.tsx) is in both.
    const known = routes.get(pattern);
    routes.set(pattern, known && known !== build ? 'both' : build);
  }
  return routes;
}

const table = Object.values(ROUTES as Record<string, Route>);

describe('the table of routes', () => {
  it('has an entry for every route of app/, in the build that has it, and none besides', () => {
    const routes = appRoutes();
    expect(routes.size).toBeGreaterThan(30);
    expect(Object.fromEntries(table.map((route) => [route.pattern, route.build]))).toEqual(
      Object.fromEntries(routes),
    );
  });

  it('names each route once', () => {
    const patterns = table.map((route) => route.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('gives the views an edition and an article have under their addresses', () => {
    expect(EDITION_VIEWS).toEqual(
      fs
        .readdirSync(path.join(app, 'editions', '[edition]'))
        .filter((name) => !name.startsWith('[') && !name.startsWith('page'))
        .sort(),
    );
    expect(EDITION_VIEWS).toEqual(expect.arrayContaining(['announce', 'card.png', 'plain']));
    expect(ARTICLE_VIEWS).toEqual(['calendar', 'card.png', 'plain.txt']);
  });

  it('keeps every view of an edition from being an article slug', () => {
    expect([...RESERVED_SLUGS].sort()).toEqual([...EDITION_VIEWS]);
  });

  it('fills a route’s segments, and refuses one left out', () => {
    expect(
      fillRoute(ROUTES.calendarFile.pattern, { edition: 9, slug: 'events', file: 'a.ics' }),
    ).toBe('/editions/9/events/calendar/a.ics');
    expect(() => fillRoute(ROUTES.article.pattern, { edition: 9 })).toThrow(/\[slug\]/);
  });

  it('puts in the sitemap only pages', () => {
    for (const route of table.filter((entry) => entry.sitemap)) expect(route.kind).toBe('page');
  });
});
