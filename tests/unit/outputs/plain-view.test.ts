import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import { editionPlainView } from '@/lib/outputs/plain-view';
import { editionWithEvent, sampleEdition } from '../support/samples';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  testSite,
} from '../support/content-folder';

const siteSettings = testSite;

describe('editionPlainView', () => {
  const html = editionPlainView(sampleEdition(), siteSettings);

  it('is a complete document with no script and no images', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script|<img|<svg|<iframe/i);
    expect(html).toContain('[Image: Weekly users rising]');
  });

  it('links the contents to each article and gives each a heading below the h1', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<li><a href="#update">Strategic update</a></li>');
    expect(html).toContain('<article id="update" aria-labelledby="update_title">');
    expect(html).toContain('<h3>Where we are</h3>');
    expect(html).toContain('By Ruth Okafor, Programme Director');
  });

  it('escapes titles', () => {
    expect(html).toContain('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('links the magazine view and the text file', () => {
    expect(html).toContain('<a href="/editions/7">magazine view</a>');
    expect(html).toContain('<link rel="alternate" type="text/plain" href="/editions/7/plain.txt"');
  });
});

describe('ids in the plain view', () => {
  it('are unique even when articles’ addresses mirror the page’s own ids and each other’s', () => {
    const withNote = (title: string, slug: string) =>
      articleFile(title, `slug: ${slug}\n`, `A claim.[^1]\n\n[^1]: A source for ${title}.`);
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(3).replace(
        'Introduction to edition 3.',
        'Introduction with a note.[^1]\n\n[^1]: The introduction’s source.',
      ),
      'editions/a/01-one.md': withNote('One', 'contents'),
      'editions/a/02-two.md': withNote('Two', 'introduction'),
      'editions/a/03-three.md': withNote('Three', 'main-content'),
      'editions/a/04-four.md': withNote('Four', 'footnote-label'),
      'editions/a/05-five.md': withNote('Five', 'a'),
      'editions/a/06-six.md': withNote('Six', 'a-title'),
      'editions/a/07-seven.md': withNote('Seven', 'main'),
    });
    const edition = loadLibrary(folder, settings).editions[0];
    if (!edition) throw new Error('no edition');
    const html = editionPlainView(edition, siteSettings);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    // Every link inside the page leads to an id that is there.
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  it('give each article’s footnotes its own prefix and a heading below the article title', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(3),
      'editions/a/01-one.md': articleFile('One', '', 'A claim.[^1]\n\n[^1]: A source.'),
      'editions/a/02-two.md': articleFile('Two', '', 'Another claim.[^1]\n\n[^1]: Another source.'),
    });
    const edition = loadLibrary(folder, settings).editions[0];
    if (!edition) throw new Error('no edition');
    const html = editionPlainView(edition, siteSettings);
    expect(html).toContain('href="#one_fn-1"');
    expect(html).toContain('id="one_fn-1"');
    expect(html).toContain('id="two_fn-1"');
    expect(html).toContain('aria-describedby="two_footnote-label"');
    expect(html).toMatch(/<h3 id="two_footnote-label" class="sr-only">Footnotes<\/h3>/);
    expect(html).not.toMatch(/<h2 [^>]*class="sr-only"/);
  });
});

describe('events in the plain view', () => {
  it('lays each event out as title, day and times, place and registration, not one line of colons', () => {
    expect(editionPlainView(editionWithEvent(), siteSettings)).toContain(
      '<li><strong>Compass roadshow</strong><br>\nThursday 3 December 2026, 9:30am to 1pm<br>\nCity Hall, Bradford<br>\n<a href="https://mag.example.org/book">Register<span class="hidden"> for Compass roadshow</span></a></li>',
    );
  });
});
