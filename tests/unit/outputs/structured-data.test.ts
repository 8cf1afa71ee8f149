import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import {
  articleStructuredData,
  editionStructuredData,
  jsonLdString,
} from '@/lib/outputs/structured-data';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  testSite,
} from '../support/content-folder';

const site = testSite;

const [edition] = loadLibrary(
  contentFolder({
    'editions/a/edition.md': editionFile(7),
    'editions/a/01-story.md': articleFile(
      'A story',
      'author: "Jane Doe"\nrole: "Director"\nsection: "News"\n',
    ),
  }),
  settings,
).editions;

describe('structured data', () => {
  it('describes an article as a NewsArticle in a PublicationIssue of a Periodical', () => {
    const article = edition?.articles[0];
    if (!edition || !article) throw new Error('no sample');
    expect(articleStructuredData(article, edition, site)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A story',
      datePublished: '2026-01-15',
      articleSection: 'News',
      author: { '@type': 'Person', name: 'Jane Doe', jobTitle: 'Director' },
      image: 'https://mag.example.org/editions/7/story/card.png',
      isPartOf: {
        '@type': 'PublicationIssue',
        issueNumber: '7',
        isPartOf: { '@type': 'Periodical', name: 'Test Magazine' },
      },
    });
  });

  it('describes an edition as a PublicationIssue listing its articles', () => {
    if (!edition) throw new Error('no sample');
    expect(editionStructuredData(edition, site)).toMatchObject({
      '@type': 'PublicationIssue',
      issueNumber: '7',
      hasPart: [
        {
          '@type': 'NewsArticle',
          headline: 'A story',
          url: 'https://mag.example.org/editions/7/story',
        },
      ],
    });
  });

  it('escapes < so a title cannot close the script element', () => {
    const text = jsonLdString({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });
});
