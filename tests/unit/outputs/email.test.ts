import { caniemail } from 'caniemail';
import { HtmlValidate } from 'html-validate';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH } from '@/lib/markdown/to-text';
import {
  budgetedEditionEmail,
  EMAIL_BUDGET_BYTES,
  EMAIL_ENHANCEMENTS,
  editionEmail,
} from '@/lib/outputs/email';
import { emailFile } from '@/lib/outputs/email-file';
import { sampleEdition } from '../support/samples';
import { testSite } from '../support/content-folder';

const edition = sampleEdition();
const email = editionEmail(edition, testSite);
const articleAddresses = edition.articles.map(
  (article) => `${testSite.baseUrl}/editions/${edition.number}/${article.slug}`,
);

/** Every value of `attribute` on `tag` elements in the HTML. */
function attributes(html: string, tag: string, attribute: string): (string | undefined)[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map(
    ([element]) => new RegExp(`\\s${attribute}="([^"]*)"`).exec(element)?.[1],
  );
}

describe('the email edition’s HTML', () => {
  const { html } = email;

  it('names its language and direction, and holds the subject and a hidden preheader', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB" dir="ltr"/);
    expect(html).toMatch(/<div role="article"[^>]* lang="en-GB" dir="ltr">/);
    expect(html).toContain(`<title>Test Magazine, Edition 7: ${edition.title}</title>`);
    expect(email.subject).toBe(`Test Magazine, Edition 7: ${edition.title}`);
    expect(html).toMatch(
      new RegExp(`<div class="preheader" style="display: none;[^"]*">${edition.summary}</div>`),
    );
  });

  it('lays out with presentation tables and inline styles, the style block only enhancing', () => {
    const roles = attributes(html, 'table', 'role');
    expect(roles.length).toBeGreaterThan(1);
    expect(roles.every((role) => role === 'presentation')).toBe(true);
    const sheet = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    // Outside its @media rules the sheet is empty: reading never depends on it.
    expect(sheet.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*\s*\}/g, '').trim()).toBe('');
    expect(html).toMatch(/<td class="block"[^>]* style="[^"]*font-family: Georgia/);
  });

  it('has nothing email clients refuse or that tracks a reader', () => {
    for (const forbidden of [
      /<script/i,
      /<form/i,
      /<iframe/i,
      /<svg/i,
      /<video/i,
      /<link/i,
      /@import/,
      /@font-face/,
      /\.svg"/,
    ])
      expect(html).not.toMatch(forbidden);
    expect(attributes(html, 'img', 'src')).toHaveLength(1);
  });

  it('gives every picture alt text, a size and an absolute address, and every link one', () => {
    const images = [...html.matchAll(/<img\b[^>]*>/g)].map(([image]) => image);
    for (const image of images) {
      expect(image).toMatch(/\salt="[^"]+"/);
      expect(image).toMatch(/\swidth="168"/);
      expect(image).toMatch(/\sheight="\d+"/);
      expect(image).toContain(`src="${testSite.baseUrl}/editions/7/cover.jpg"`);
    }
    const links = attributes(html, 'a', 'href');
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link).toMatch(/^https:\/\/mag\.example\.org\//);
  });

  it('puts the call to action on a table cell, with a shape for Outlook for Windows', () => {
    const cell = /<td class="button-cell"[^>]*>/.exec(html)?.[0] ?? '';
    expect(cell).toMatch(/bgcolor="#0b1d3a"/);
    expect(cell).toMatch(/style="[^"]*background-color: #0b1d3a;[^"]*padding: 12px 22px;/);
    const link = /<a class="button"[^>]*>Read the e-magazine<\/a>/.exec(html)?.[0] ?? '';
    expect(link).not.toMatch(/padding|inline-block/);
    expect(html).toMatch(
      /<!--\[if mso\]><v:roundrect [^>]*href="https:\/\/mag\.example\.org\/editions\/7"[^>]*fillcolor="#0b1d3a">/,
    );
    // In dark mode the button turns gold, so it does not vanish into the dark paper.
    expect(html).toMatch(/\.button-cell \{\s*background-color: #ffd166 !important;/);
  });

  it('says where to read it online, who sends it and why the reader receives it', () => {
    expect(html).toMatch(
      /<p class="online"[^>]*><a href="https:\/\/mag\.example\.org\/editions\/7\/email\.html"[^>]*>View this email in your browser<\/a>/,
    );
    expect(html).toContain('who sent you this email');
    expect(html).toContain(testSite.emailReason);
    expect(email.text).toContain(testSite.emailReason);
  });

  it('lists every article with its section, linked title, summary and byline', () => {
    for (const [index, article] of edition.articles.entries()) {
      expect(html).toContain(`href="${articleAddresses[index]}"`);
      expect(html).toContain(article.summary.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    }
    expect(html).toContain('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
    expect(html).toContain('By Ruth Okafor, Programme Director');
    expect(html).toContain('Strategic Update');
    for (const path of ['/editions/7', '/editions/7/plain', '/editions/7/plain.txt'])
      expect(html).toContain(`href="${testSite.baseUrl}${path}"`);
  });

  it('is valid HTML, with only the rules email layout must break left out', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Email clients need inline styles, table attributes, <tr> without <tbody> is what
        // they expect, Outlook's ghost table is a conditional comment, and a div with
        // role="article" is the email convention (no client supports <article> everywhere).
        'no-inline-style': 'off',
        'no-deprecated-attr': 'off',
        'no-conditional-comment': 'off',
        'prefer-native-element': 'off',
        'prefer-tbody': 'off',
      },
    });
    const report = await validator.validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((m) => m.message))).toEqual([]);
  });

  it('uses only what Gmail, Apple Mail and Outlook support, or what is an enhancement', () => {
    const clients: Parameters<typeof caniemail>[0]['clients'] = [
      'gmail.desktop-webmail',
      'gmail.ios',
      'gmail.android',
      'apple-mail.macos',
      'apple-mail.ios',
      'outlook.windows',
      'outlook.windows-mail',
      'outlook.macos',
    ];
    const { issues } = caniemail({ clients, html });
    const unsupported = new Set([...issues.errors.values()].flat().map((issue) => issue.title));
    expect([...unsupported].filter((feature) => !EMAIL_ENHANCEMENTS.includes(feature))).toEqual([]);
  });

  it('stays within its budget, and says what to shorten when it does not', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(EMAIL_BUDGET_BYTES);
    const long = {
      ...edition,
      intro: { ...edition.intro, plainViewHtml: `<p>${'A long welcome. '.repeat(7000)}</p>` },
    };
    expect(() => budgetedEditionEmail(long, testSite)).toThrow(
      /edition\.md: the email edition is \d+\.\d KB, over the 90\.0 KB .* The biggest parts: the introduction \(\d+\.\d KB\)/,
    );
  });
});

describe('the email edition’s text', () => {
  it('keeps to 78 columns, but for an address alone on its line', () => {
    for (const line of email.text.split('\n'))
      if (line.length > TEXT_WIDTH) expect(line).toMatch(/^https?:\/\/\S+$/);
  });

  it('gives every article’s title, summary and address', () => {
    for (const [index, article] of edition.articles.entries()) {
      expect(email.text).toContain(article.title);
      expect(email.text).toContain(articleAddresses[index]);
    }
  });
});

describe('the email edition as a message file', () => {
  it('parses back into a draft with the subject and both parts', async () => {
    const bytes = await emailFile(
      email,
      { emailFrom: 'Northlight <magazine@northlight.example.org>' },
      new Date('2026-12-01T09:00:00Z'),
    );
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(raw).toMatch(/^X-Unsent: 1\r$/m);
    expect(raw).toMatch(/^MIME-Version: 1\.0\r$/m);
    const parsed = await simpleParser(Buffer.from(bytes));
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.from?.value).toEqual([
      { name: 'Northlight', address: 'magazine@northlight.example.org' },
    ]);
    expect(parsed.date?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(parsed.text).toBe(email.text);
    for (const [index, article] of edition.articles.entries()) {
      expect(parsed.text).toContain(articleAddresses[index]);
      expect(parsed.html).toContain(articleAddresses[index]);
      expect(parsed.text).toContain(article.title);
    }
  });

  it('has no sender when none is set', async () => {
    const parsed = await simpleParser(Buffer.from(await emailFile(email, {})));
    expect(parsed.from).toBeUndefined();
  });
});
