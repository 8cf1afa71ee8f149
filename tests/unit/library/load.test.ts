import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  tinyPng,
  errorsIn,
} from '../support/content-folder';

describe('loadLibrary', () => {
  it('loads editions newest first with articles in file order', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-first.md': articleFile('First'),
      'editions/b/edition.md': editionFile(2, 'cover: cover.png\ncoverAlt: "A cover"\n'),
      'editions/b/cover.png': tinyPng,
      'editions/b/10-tenth.md': articleFile('Tenth'),
      'editions/b/02-second.md': articleFile(
        'Second',
        'slug: renamed\nsummary: "Given summary."\n',
      ),
      'editions/b/notes.txt': 'ignored',
    });
    const library = loadLibrary(folder, settings);
    expect(library.editions.map((edition) => edition.number)).toEqual([2, 1]);
    const [second] = library.editions;
    expect(
      second?.articles.map((article) => [article.slug, article.position, article.summary]),
    ).toEqual([
      ['renamed', 1, 'Given summary.'],
      ['tenth', 2, 'The article text.'],
    ]);
    expect(second?.cover).toEqual({
      url: '/editions/2/media/cover.png',
      alt: 'A cover',
      width: 2,
      height: 1,
      optimise: true,
    });
    expect(second?.intro.text).toBe('Introduction to edition 2.');
    expect([...(library.media.get(2)?.keys() ?? [])]).toEqual(['cover.png']);
  });

  it('stops at any error, unless asked to leave out the editions that have one', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-fine.md': articleFile('Fine'),
      'editions/b/edition.md': editionFile(2),
      'editions/b/01-broken.md': articleFile('Broken', 'colour: blue\n'),
    });
    expect(errorsIn(folder)).toEqual([
      expect.stringContaining('01-broken.md:3:1: error: unknown field "colour"'),
    ]);
    const library = loadLibrary(folder, settings, { leaveOutBroken: true });
    expect(library.editions.map((edition) => edition.number)).toEqual([1]);
    expect(library.leftOut.map((item) => item.folder)).toEqual([
      expect.stringMatching(/editions\/b$/),
    ]);
    expect(library.leftOut[0]?.problems.map((problem) => problem.severity)).toEqual(['error']);
    expect(library.findings.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it("sends published raster images through the optimiser, and drafts' images as they are", () => {
    // The optimiser fetches images without the editor's preview cookie, so it cannot fetch a
    // draft's: those pages link the files themselves.
    const withPicture = (title: string, extra = '') =>
      articleFile(
        title,
        `image: chart.png\nimageAlt: "A chart"\n${extra}`,
        '![A chart](chart.png)\n\n![A map](map.svg)',
      );
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/chart.png': tinyPng,
      'editions/a/map.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"></svg>',
      'editions/a/01-public.md': withPicture('Public'),
      'editions/a/02-draft.md': withPicture('Draft', 'draft: true\n'),
      'editions/b/edition.md': editionFile(
        2,
        'draft: true\ncover: chart.png\ncoverAlt: "A cover"\n',
      ),
      'editions/b/chart.png': tinyPng,
      'editions/b/map.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"></svg>',
      'editions/b/01-in-draft-edition.md': withPicture('In a draft edition'),
    });
    const [draftEdition, edition] = loadLibrary(folder, settings).editions;
    const [published, draft] = edition?.articles ?? [];
    expect(published?.image?.optimise).toBe(true);
    expect(published?.body.html).toContain(
      'src="/_next/image?url=%2Feditions%2F1%2Fmedia%2Fchart.png',
    );
    expect(published?.body.html).toContain('src="/editions/1/media/map.svg"');
    for (const article of [draft, draftEdition?.articles[0]]) {
      expect(article?.image?.optimise, article?.title).toBe(false);
      expect(article?.body.html, article?.title).not.toContain('/_next/image');
      expect(article?.body.html, article?.title).toContain('media/chart.png"');
    }
    expect(draftEdition?.cover?.optimise).toBe(false);
  });

  it('reads files with CRLF line endings and a byte-order mark', () => {
    const folder = contentFolder({
      'editions/a/edition.md': `\uFEFF${editionFile(1).replace(/\n/g, '\r\n')}`,
      'editions/a/01-first.md': `\uFEFF${articleFile('First', 'author: "Jane Doe"\n').replace(/\n/g, '\r\n')}`,
    });
    const [edition] = loadLibrary(folder, settings).editions;
    expect(edition?.title).toBe('Edition 1');
    expect(edition?.articles[0]?.author).toBe('Jane Doe');
  });

  it('reports every problem in every file, not only the first', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1).replace(
        'published: 2026-01-15',
        'published: 2026-02-30',
      ),
      'editions/a/01-one.md': articleFile('One', 'auther: "Typo"\n'),
      'editions/a/02-two.md': '---\nsummary: "No title"\n---\nText\n',
      'editions/b/edition.md': editionFile(2),
      'editions/b/01-three.md': '---js\n{ title: "code" }\n---\n',
    });
    expect(errorsIn(folder)).toEqual([
      'editions/a/01-one.md:3:1: error: unknown field "auther": did you mean "author"? The fields allowed here are title, summary, author, role, section, tags, image, imageAlt, slug, draft, aliases, events, changes, withdrawn, approved, cleared',
      'editions/a/02-two.md:1:1: error: title is missing: add a line such as title: "Rolling out the new tool"',
      'editions/a/edition.md:4:1: error: published is 2026-02-30, which is not a real date: check the day and month',
      'editions/b/01-three.md:1:1: error: front matter must open with a line of exactly ---, not "---js": code in front matter is never run',
    ]);
  });

  it('refuses two editions with the same number', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(4),
      'editions/b/edition.md': editionFile(4),
    });
    expect(errorsIn(folder)).toEqual([
      expect.stringMatching(
        /^editions\/b\/edition\.md:2:1: error: edition number 4 is already used by .*editions\/a\/edition\.md/,
      ),
    ]);
  });

  it('refuses two articles with the same slug, and slugs the site reserves', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-story.md': articleFile('One'),
      'editions/a/02-other.md': articleFile('Two', 'slug: story\n'),
      'editions/a/03-plain.md': articleFile('Three'),
      'editions/a/04-launch.md': articleFile('Four', 'slug: announce\n'),
    });
    expect(errorsIn(folder)).toEqual([
      expect.stringMatching(
        /^editions\/a\/02-other\.md:3:1: error: the slug "story" is already the slug or an alias of .*01-story\.md in this edition/,
      ),
      'editions/a/03-plain.md:1:1: error: "plain" is an address the site uses for every edition: choose another slug',
      // The announcement kit's address, at the line that sets the slug.
      'editions/a/04-launch.md:3:1: error: "announce" is an address the site uses for every edition: choose another slug',
    ]);
  });

  it('refuses badly named article files and missing edition.md', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/My Story.md': articleFile('One'),
      'editions/b/01-orphan.md': articleFile('Orphan'),
    });
    expect(errorsIn(folder)).toEqual([
      expect.stringMatching(
        /^editions\/a\/My Story\.md:1:1: error: article files are named NN-slug\.md/,
      ),
      expect.stringMatching(/^editions\/b:1:1: error: this edition folder has no edition\.md/),
    ]);
  });

  it('refuses images that do not exist, and covers and images without alt text', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1, 'cover: missing.png\ncoverAlt: "A cover"\n'),
      'editions/a/01-one.md': articleFile(
        'One',
        'image: photo.png\n',
        'Text.\n\n![A chart](chart.png)',
      ),
    });
    expect(errorsIn(folder)).toEqual([
      'editions/a/01-one.md:3:1: error: an image needs imageAlt: describe the picture for readers who cannot see it',
      'editions/a/01-one.md:8:1: error: image "chart.png" does not exist in this edition\'s folder: check the file name',
      'editions/a/edition.md:6:1: error: cover "missing.png" is not an image file in this edition\'s folder: check the file name',
    ]);
  });

  it('suggests the file that exists when an image name is mistyped', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1, 'cover: covr.png\ncoverAlt: "A cover"\n'),
      'editions/a/cover.png': tinyPng,
      'editions/a/chart.png': tinyPng,
      'editions/a/01-one.md': articleFile('One', '', 'Text.\n\n![A chart](chart.pgn)'),
    });
    expect(errorsIn(folder)).toEqual([
      'editions/a/01-one.md:7:1: error: image "chart.pgn" does not exist in this edition\'s folder: did you mean "chart.png"? check the file name',
      'editions/a/edition.md:6:1: error: cover "covr.png" is not an image file in this edition\'s folder: did you mean "cover.png"? check the file name',
    ]);
  });

  it('refuses an article with neither summary nor text', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-empty.md': '---\ntitle: "Empty"\n---\n',
    });
    expect(errorsIn(folder)).toEqual([
      'editions/a/01-empty.md:1:1: error: this article has no summary and no text: add a summary field or write the article',
    ]);
  });

  it('escapes nothing itself but keeps titles as text for the pages to escape', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-x.md': articleFile('<script>alert(1)</script>'),
    });
    expect(loadLibrary(folder, settings).editions[0]?.articles[0]?.title).toBe(
      '<script>alert(1)</script>',
    );
  });

  it('publishes nothing, without error, when there are no editions', () => {
    expect(loadLibrary(contentFolder({}), settings).editions).toEqual([]);
  });
});

describe('former addresses', () => {
  it('refuses an alias that is a live slug, another alias or a reserved address', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-one.md': articleFile('One', 'aliases: [two, plain]\n'),
      'editions/a/02-two.md': articleFile('Two'),
      'editions/a/03-three.md': articleFile('Three', 'aliases: [old]\n'),
      'editions/a/04-four.md': articleFile('Four', 'aliases: [old]\n'),
    });
    expect(errorsIn(folder)).toEqual([
      'editions/a/01-one.md:3:1: error: "plain" is an address the site uses for every edition: choose another alias',
      expect.stringMatching(
        /^editions\/a\/02-two\.md:1:1: error: the slug "two" is already the slug or an alias of .*01-one\.md/,
      ),
      expect.stringMatching(
        /^editions\/a\/04-four\.md:3:1: error: the alias "old" is already the slug or an alias of .*03-three\.md/,
      ),
    ]);
  });

  it('refuses an edition alias that is another edition number or alias', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1, 'aliases: [2]\n'),
      'editions/b/edition.md': editionFile(2),
      'editions/c/edition.md': editionFile(3, 'aliases: [10]\n'),
      'editions/d/edition.md': editionFile(4, 'aliases: [10]\n'),
    });
    expect(errorsIn(folder)).toEqual([
      expect.stringMatching(
        /^editions\/a\/edition\.md:6:1: error: the alias 2 is already the number or an alias of .*editions\/b\/edition\.md/,
      ),
      expect.stringMatching(
        /^editions\/d\/edition\.md:6:1: error: the alias 10 is already the number or an alias of .*editions\/c\/edition\.md/,
      ),
    ]);
  });
});

describe('warnings while loading', () => {
  it('are returned with the library and do not stop it', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-one.md': articleFile(
        'One',
        '',
        `${'A fairly long opening paragraph that goes on. '.repeat(8)}\n\nMeet at LS1 4AP.`,
      ),
    });
    const library = loadLibrary(folder, settings);
    expect(
      library.findings.map((finding) => `${finding.severity}: ${finding.message.split(':')[0]}`),
    ).toEqual([
      'warning: there is no summary, so cards, contents, feeds and the email use the first sentence',
      'warning: possible UK postcode "LS1 4AP"',
      'note: there is no cover, so the site, the email and the link card show one drawn from the edition’s name, title, date and lead story. To use a picture, add cover',
    ]);
  });

  it('warn of a public edition with no articles, which readers would find empty', () => {
    const folder = contentFolder({ 'editions/a/edition.md': editionFile(1) });
    const advice = loadLibrary(folder, settings).findings.filter(
      (finding) => finding.severity !== 'note',
    );
    expect(advice.map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /^this edition is public but has no articles, so readers would find it empty/,
      ),
    ]);
    const draft = contentFolder({ 'editions/a/edition.md': editionFile(1, 'draft: true\n') });
    expect(loadLibrary(draft, settings).findings).toEqual([]);
  });

  it("refuse a private person's number in a public article, and only warn of it in a draft", () => {
    const call = 'Call Jo on 07700 900123.';
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-public.md': articleFile('Public', 'summary: "A story."\n', call),
      'editions/a/02-draft.md': articleFile('Draft', 'draft: true\n', call),
      'editions/b/edition.md': editionFile(2, 'draft: true\n'),
      'editions/b/01-in-draft-edition.md': articleFile('In a draft edition', '', call),
    });
    expect(errorsIn(folder)).toEqual([
      expect.stringMatching(
        /^editions\/a\/01-public\.md:6:12: error: possible UK phone number "07700 900123": a private person's contact details must not be published/,
      ),
    ]);
    const warned = loadLibrary(folder, settings, { leaveOutBroken: true }).findings.filter(
      (finding) => finding.severity !== 'note',
    );
    expect(warned.map((finding) => `${finding.severity} ${finding.file.split('/').pop()}`)).toEqual(
      ['warning 02-draft.md', 'warning 01-in-draft-edition.md'],
    );
  });

  it('keeps a draft edition’s articles drafts while edition.md has another mistake', () => {
    const folder = contentFolder({
      'editions/b/edition.md': editionFile(2, 'draft: true\nauther: Jo\n'),
      'editions/b/01-in-draft-edition.md': articleFile(
        'In a draft edition',
        '',
        'Call Jo on 07700 900123.',
      ),
    });
    // The one error is the misspelt field; the number in the draft stays a warning.
    expect(errorsIn(folder)).toEqual([
      expect.stringMatching(/edition\.md:\d+:1: error: unknown field "auther"/),
    ]);
  });
});
