import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { editionPreviewQuery } from '@/lib/requests/preview-pass';
import { shownMedia } from '@/lib/library/getters';
import {
  announcePath,
  articlePath,
  editionPath,
  mediaPath,
  plainViewPath,
  textFilePath,
} from '@/lib/site/urls';
import { eventFileName } from '@/lib/site/urls';
import { ports, previewSecret } from '../../playwright.config';
import { features, latest } from './support/site';

// Drafts are what an editor previewing sees and the public does not.
const draft = features.draftArticle.article;
const renamed = features.renamedArticle;
const renumbered = features.renumberedEdition;

test.describe('a draft article', () => {
  const { slug, title } = draft;

  test('answers 404 at its address, its text file and its preview image', async ({ request }) => {
    for (const address of [
      articlePath(latest.number, slug),
      `${articlePath(latest.number, slug)}/plain.txt`,
      `${articlePath(latest.number, slug)}/card.png`,
    ]) {
      expect((await request.get(address)).status(), address).toBe(404);
    }
  });

  test('its pictures are served only in preview', async ({ page, request }) => {
    const publicShown = shownMedia(latest);
    const onlyDraft = draft.shows.filter((name) => !publicShown.has(name));
    expect(
      onlyDraft.length,
      'the draft in the test content shows a picture of its own',
    ).toBeGreaterThan(0);
    for (const name of onlyDraft) {
      expect((await request.get(mediaPath(latest.number, name))).status(), name).toBe(404);
    }
    await page.goto(`/preview?secret=${previewSecret}&path=${articlePath(latest.number, slug)}`);
    for (const name of onlyDraft) {
      expect((await page.request.get(mediaPath(latest.number, name))).status(), name).toBe(200);
    }
  });

  test('appears in no public output', async ({ request }) => {
    for (const address of [
      '/',
      '/editions',
      editionPath(latest.number),
      plainViewPath(latest.number),
      textFilePath(latest.number),
      '/feed.xml',
      '/feed.json',
      '/sitemap.xml',
    ]) {
      const body = await (await request.get(address)).text();
      expect(body, address).not.toContain(title);
      expect(body, address).not.toContain(articlePath(latest.number, slug));
    }
    for (const article of latest.articles) {
      const body = await (await request.get(articlePath(latest.number, article.slug))).text();
      expect(body, article.slug).not.toContain(title);
    }
  });

  test('shows with a "Draft preview" banner through the preview link, until the editor leaves', async ({
    page,
  }) => {
    const wrong = await page.goto(`/preview?secret=wrong&path=${articlePath(latest.number, slug)}`);
    expect(wrong?.status()).toBe(404);

    await page.goto(`/preview?secret=${previewSecret}&path=${articlePath(latest.number, slug)}`);
    await expect(page).toHaveURL(articlePath(latest.number, slug));
    await expect(page.locator('h1')).toContainText(title);
    await expect(page.getByRole('region', { name: 'Draft preview' })).toContainText(
      'Draft preview',
    );
    await expect(page.locator('h1')).toContainText('Draft');

    await page.getByRole('button', { name: 'Leave preview' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('region', { name: 'Draft preview' })).toHaveCount(0);
    const after = await page.goto(articlePath(latest.number, slug));
    expect(after?.status()).toBe(404);
  });

  test('the preview link cannot send a reader to another site', async ({ request }) => {
    for (const path of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const response = await request.get(
        `/preview?secret=${previewSecret}&path=${encodeURIComponent(path)}`,
        { maxRedirects: 0 },
      );
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe('/');
    }
  });
});

test.describe('a renamed article', () => {
  test('answers 308 from its former address to its current one', async ({ request }) => {
    const from = articlePath(latest.number, renamed.aliases[0] ?? '');
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(
      articlePath(latest.number, renamed.slug),
    );
  });
});

test.describe('a renamed article with events', () => {
  const renamedWithEvents = latest.articles.find(
    (article) => article.aliases.length > 0 && (article.events?.length ?? 0) > 0,
  );

  test('answers 308 from every view at its former address: text file, card, calendar files', async ({
    request,
  }) => {
    expect(renamedWithEvents, 'an article with events and a former slug').toBeDefined();
    const { slug, aliases, events = [] } = renamedWithEvents!;
    const former = aliases[0] ?? '';
    const views = [
      '/plain.txt',
      '/card.png',
      ...events.map((event, index) => `/calendar/${eventFileName(event, index)}`),
    ];
    for (const view of views) {
      const response = await request.get(`${articlePath(latest.number, former)}${view}`, {
        maxRedirects: 0,
      });
      expect(response.status(), view).toBe(308);
      expect(new URL(response.headers().location ?? '', 'http://x').pathname, view).toBe(
        `${articlePath(latest.number, slug)}${view}`,
      );
    }
  });
});

test.describe('a renumbered edition', () => {
  test('answers 308 from its former number, for the edition and each of its views', async ({
    request,
  }) => {
    const former = renumbered.aliases[0] ?? 0;
    for (const [from, to] of [
      [editionPath(former), editionPath(renumbered.number)],
      [plainViewPath(former), plainViewPath(renumbered.number)],
      [textFilePath(former), textFilePath(renumbered.number)],
    ]) {
      const response = await request.get(from ?? '', { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(to);
    }
  });
});

test('in preview, a draft edition is called a draft, never published', async ({ page }) => {
  const edition = features.draftEdition;
  await page.goto(`/preview?secret=${previewSecret}&path=${editionPath(edition.number)}`);
  await expect(page.locator('h1')).toContainText(edition.title);
  const header = page.locator('main header').first();
  await expect(header).toContainText('Draft, planned for');
  await expect(header).not.toContainText('Published');
  await expect(header).toContainText(/· 1 article · 1 minute to read in all/);
  const article = edition.articles[0];
  if (!article) throw new Error('The draft edition in the test content has no article.');
  await page.goto(articlePath(edition.number, article.slug));
  await expect(page.locator('main')).toContainText(
    `Edition ${edition.number} · Draft, planned for`,
  );
  await expect(page.locator('main')).not.toContainText(/published \d/i);
});

test.describe('a preview link made for one edition', () => {
  const edition = features.draftEdition;

  test('shows that edition with its drafts, and no other edition’s drafts', async ({ page }) => {
    const made = spawnSync(
      'npm',
      ['run', '--silent', 'preview-link', '--', String(edition.number), '--hours', '2'],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          MASTHEAD_PREVIEW_SECRET: previewSecret,
          SITE_URL: `http://127.0.0.1:${ports.main}`,
        },
      },
    );
    expect(made.status, made.stderr).toBe(0);
    const link = /^http\S+$/m.exec(made.stdout)?.[0] ?? '';
    // The link names the edition and when it ends, never the secret.
    expect(link).toMatch(new RegExp(`/preview\\?edition=${edition.number}&until=\\d+&sig=`));
    expect(link).not.toContain(previewSecret);

    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`${editionPath(edition.number)}$`));
    await expect(page.locator('h1')).toContainText(edition.title);
    await expect(page.getByRole('region', { name: 'Draft preview' })).toContainText(
      `edition ${edition.number} before it is published`,
    );
    const article = edition.articles[0]!;
    expect((await page.goto(articlePath(edition.number, article.slug)))?.status()).toBe(200);
    // Another edition's draft answers as it does to the public.
    const other = articlePath(latest.number, draft.slug);
    expect((await page.goto(other))?.status()).toBe(404);
    expect(await page.locator('main').textContent()).not.toContain(draft.title);
  });

  test('is offered in the announcement kit to an editor who sees every draft', async ({
    page,
    browser,
    request,
  }) => {
    const announce = announcePath(edition.number);
    // The public's kit has no link.
    expect(await (await request.get(announcePath(latest.number))).text()).not.toContain(
      'preview link for a colleague',
    );
    await page.goto(`/preview?secret=${previewSecret}&path=${announce}`);
    const link = await page.getByLabel('The link').inputValue();
    expect(link).toMatch(new RegExp(`/preview\\?edition=${edition.number}&until=\\d+&sig=`));
    // A colleague, in a browser of their own, sees the edition.
    const colleague = await browser.newContext();
    const theirs = await colleague.newPage();
    await theirs.goto(link.replace(/^https?:\/\/[^/]+/, `http://127.0.0.1:${ports.main}`));
    await expect(theirs.locator('h1')).toContainText(edition.title);
    await colleague.close();
  });

  test('answers 404 when its signature or its edition is changed, or it has ended', async ({
    request,
  }) => {
    const good = `/preview?${editionPreviewQuery(previewSecret, edition.number, 1)}`;
    expect((await request.get(good, { maxRedirects: 0 })).status()).toBe(307);
    const forged = good.replace(`edition=${edition.number}`, `edition=${latest.number}`);
    expect((await request.get(forged, { maxRedirects: 0 })).status()).toBe(404);
    const ended = `/preview?${editionPreviewQuery(previewSecret, edition.number, 1, Date.now() - 2 * 3_600_000)}`;
    expect((await request.get(ended, { maxRedirects: 0 })).status()).toBe(404);
    const otherSecret = `/preview?${editionPreviewQuery(`${previewSecret}-old`, edition.number, 1)}`;
    expect((await request.get(otherSecret, { maxRedirects: 0 })).status()).toBe(404);
  });
});
