import { describe, expect, it } from 'vitest';
import { ordinalWords, POST_LIMIT, socialPost, websiteSnippet } from '@/lib/outputs/announcement';
import { sampleEdition } from '../support/samples';
import { testSite } from '../support/content-folder';

const edition = sampleEdition();
const address = `${testSite.baseUrl}/editions/7`;

describe('ordinals in running text', () => {
  it('are words up to ninety-ninth, and figures after', () => {
    expect([1, 2, 3, 10, 12, 20, 21, 42, 99, 100, 102].map(ordinalWords)).toEqual([
      'first',
      'second',
      'third',
      'tenth',
      'twelfth',
      'twentieth',
      'twenty-first',
      'forty-second',
      'ninety-ninth',
      '100th',
      '102nd',
    ]);
  });
});

describe('socialPost', () => {
  it('says which edition is out, what is in it, and where', () => {
    const post = socialPost({ ...edition, title: 'Winter 2026' }, testSite);
    expect(post).toBe(
      `The seventh edition of Test Magazine, Winter 2026, is out. ${edition.summary} ${address}`,
    );
  });

  it('does not repeat a title that already names the edition', () => {
    expect(socialPost(edition, testSite)).toMatch(
      /^The seventh edition of Test Magazine is out\. /,
    );
    const tenth = { ...edition, number: 10, title: 'Tenth Edition' };
    expect(socialPost(tenth, testSite)).toMatch(/^The tenth edition of Test Magazine is out\. /);
  });

  it('shortens a long summary at a word, keeping within the limit and the address whole', () => {
    const long = { ...edition, number: 22, summary: 'Partnership work continues. '.repeat(30) };
    const post = socialPost(long, testSite);
    expect(post.length).toBeLessThanOrEqual(POST_LIMIT);
    expect(post).toMatch(/^The twenty-second edition of Test Magazine/);
    expect(post).toMatch(/ continues…|work…|Partnership…/);
    expect(post.endsWith(` ${testSite.baseUrl}/editions/22`)).toBe(true);
  });
});

describe('websiteSnippet', () => {
  const snippet = websiteSnippet({ ...edition, title: 'Spring <b>& "more"</b>' }, testSite);

  it('is the cover linking to the magazine, the link, and the editor’s introduction', () => {
    expect(snippet).toContain(
      `<a href="${address}"><img src="${address}/cover.jpg" alt="The cover" width="300"`,
    );
    expect(snippet).toContain(
      `<a href="${address}">Read the seventh edition of the e-magazine</a>`,
    );
    expect(snippet).toContain('<p>Introduction to edition 7.</p>');
    expect(snippet).toContain(`<a href="${address}/plain">Read it in plain text</a>`);
    expect(snippet).toContain(
      'aria-label="Test Magazine, Edition 7: Spring &lt;b&gt;&amp; &quot;more&quot;&lt;/b&gt;"',
    );
    expect(snippet).not.toMatch(/(?:href|src)="\//);
    expect(snippet).not.toContain('We have now published');
  });

  it('uses the edition’s own announcement in place of the introduction when written', () => {
    const own = websiteSnippet(
      { ...edition, announcement: 'Our <winter> edition & more.' },
      testSite,
    );
    expect(own).toContain('<p>Our &lt;winter&gt; edition &amp; more.</p>');
    expect(own).not.toContain('Introduction to edition 7.');
  });
});

describe('an edition without a cover', () => {
  const uncovered = { ...edition, cover: undefined, title: 'Winter 2025' };

  it('is announced with the cover drawn for it, described by what it says', () => {
    const snippet = websiteSnippet(uncovered, testSite);
    expect(snippet).toContain(
      `<img src="${address}/cover.jpg" alt="The cover of Test Magazine, Edition 7: Winter 2025" width="300" height="375"`,
    );
  });
});
