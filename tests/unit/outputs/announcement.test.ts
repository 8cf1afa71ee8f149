import { describe, expect, it } from 'vitest';
import { POST_LIMIT, socialPost, websiteSnippet } from '@/lib/outputs/announcement';
import { sampleEdition } from '../support/samples';
import { testSite } from '../support/content-folder';

const edition = sampleEdition();
const address = `${testSite.baseUrl}/editions/7`;

describe('socialPost', () => {
  it('says which edition is out, what is in it, and where', () => {
    const post = socialPost(edition, testSite);
    expect(post).toBe(
      `The 7th edition of Test Magazine, ${edition.title}, is out. ${edition.summary} ${address}`,
    );
  });

  it('shortens a long summary at a word, keeping within the limit and the address whole', () => {
    const long = { ...edition, number: 22, summary: 'Partnership work continues. '.repeat(30) };
    const post = socialPost(long, testSite);
    expect(post.length).toBeLessThanOrEqual(POST_LIMIT);
    expect(post).toMatch(/^The 22nd edition of Test Magazine/);
    expect(post).toMatch(/ continues…|work…|Partnership…/);
    expect(post.endsWith(` ${testSite.baseUrl}/editions/22`)).toBe(true);
  });
});

describe('websiteSnippet', () => {
  const snippet = websiteSnippet(
    { ...edition, title: 'Spring <b>& "more"</b>', summary: 'Read <this>.' },
    testSite,
  );

  it('has the cover, the headline, the summary and both links, every address absolute', () => {
    expect(snippet).toContain(`<img src="${address}/cover.jpg" alt="The cover" width="300"`);
    expect(snippet).toContain(
      '<h2>Test Magazine, Edition 7: Spring &lt;b&gt;&amp; &quot;more&quot;&lt;/b&gt;</h2>',
    );
    expect(snippet).toContain(
      'We have now published the 7th edition of our e-magazine. Read &lt;this&gt;.',
    );
    expect(snippet).toContain(`<a href="${address}">Read the e-magazine</a>`);
    expect(snippet).toContain(`<a href="${address}/plain">Read it in plain text</a>`);
    expect(snippet).not.toMatch(/(?:href|src)="\//);
  });
});
