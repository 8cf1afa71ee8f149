import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_BYTES, renderMarkdown, type MarkdownSource } from '@/lib/markdown/render';
import { formatProblem, ProblemList } from '@/lib/content/problems';

const source: MarkdownSource = {
  file: 'a.md',
  firstLine: 5,
  idPrefix: 'a_',
  baseUrl: 'https://mag.example.org',
  resolveImage: (name) =>
    ({
      'chart.png': { url: '/editions/1/media/chart.png', width: 700, height: 320, optimise: true },
      'map.svg': { url: '/editions/1/media/map.svg', width: 640, height: 320, optimise: false },
    })[name],
};

function render(markdown: string) {
  const problems = new ProblemList();
  const result = renderMarkdown(markdown, source, problems);
  const messages = problems.items
    .filter((problem) => problem.severity === 'error')
    .map(formatProblem);
  return { result, messages };
}

describe('renderMarkdown', () => {
  it('renders footnotes whose links reach their notes and back', () => {
    const html = render('A claim.[^source]\n\n[^source]: The source.\n').result?.html ?? '';
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    expect(targets.length).toBe(2);
    for (const target of targets) expect(ids.has(target), target).toBe(true);
  });

  it('shows a picture marked as decoration with empty alt text, and leaves it out of the text', () => {
    const { result, messages } = render('Before.\n\n![decorative](map.svg)\n\nAfter.\n');
    expect(messages).toEqual([]);
    expect(result?.html).toMatch(/<img src="\/editions\/1\/media\/map\.svg" alt=""/);
    expect(result?.text).not.toMatch(/Image|decorative/);
    expect(result?.plainViewHtml).not.toMatch(/Image|decorative/);
  });

  it('renders Markdown with GFM tables to HTML', () => {
    const { result } = render('Some *text*.\n\n| A | B |\n| - | - |\n| 1 | 2 |\n');
    expect(result?.html).toContain('<p>Some <em>text</em>.</p>');
    expect(result?.html).toContain('<table>');
    expect(result?.html).toContain('<td>2</td>');
  });

  it('keeps a bracketed word in a quote as written', () => {
    const { result } = render('> He was made to "[offence]" twice.\n');
    expect(result?.html).toContain('[offence]');
    expect(result?.text).toContain('"[offence]"');
  });

  it('refuses raw HTML and dangerous links at their lines, instead of dropping them silently', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src="x.png" onerror="alert(1)">',
      '<iframe src="https://evil.example"></iframe>',
      '[click](javascript:alert(1))',
      '[data](data:text/html;base64,PHNjcmlwdD4=)',
      '[vb](VBScript:msgbox)',
      'Text with <a href="#" onclick="alert(1)">a link</a>.',
    ].join('\n\n');
    const { result, messages } = render(hostile);
    expect(result).toBeUndefined();
    expect(messages).toEqual([
      'a.md:5:1: error: raw HTML ("<script>alert(1)</script>") is not published: write Markdown instead. For a line break end the line with a backslash; for a video put its address on a line of its own',
      expect.stringMatching(/^a\.md:7:1: error: raw HTML \("<img src="x\.png" onerror=/),
      expect.stringMatching(/^a\.md:9:1: error: raw HTML \("<iframe/),
      expect.stringMatching(
        /^a\.md:11:1: error: the link to "javascript:alert\(1\)" would be removed/,
      ),
      expect.stringMatching(/^a\.md:13:1: error: the link to "data:text\/html/),
      expect.stringMatching(/^a\.md:15:1: error: the link to "VBScript:msgbox"/),
      expect.stringMatching(/^a\.md:17:11: error: raw HTML \("<a href="#" onclick=/),
      expect.stringMatching(/^a\.md:17:\d+: error: raw HTML \("<\/a>"\)/),
    ]);
  });

  it("drops editors' HTML comments from every output", () => {
    const { result, messages } = render(
      'Before.\n\n<!-- check the figures with Priya -->\n\nAfter <!-- inline note --> text.',
    );
    expect(messages).toEqual([]);
    for (const output of [result?.html, result?.plainViewHtml, result?.text])
      expect(output).not.toMatch(/<!--|check the figures|inline note/);
  });

  it('allows web, email and phone links', () => {
    const { result, messages } = render(
      '[Web](https://a.example), [mail](mailto:a@b.example), [phone](tel:+441134960000), [page](/editions/1).',
    );
    expect(messages).toEqual([]);
    expect(result?.html).toContain('href="tel:+441134960000"');
  });

  it('points SVG images at the edition media address with their size', () => {
    const { result } = render('![A map](map.svg)\n');
    expect(result?.html).toContain(
      '<img src="/editions/1/media/map.svg" alt="A map" width="640" height="320" loading="lazy" decoding="async">',
    );
  });

  it('gives raster images responsive sources through the image optimiser', () => {
    const html = render('![A chart](chart.png)\n').result?.html ?? '';
    const optimised = (width: number) =>
      `/_next/image?url=%2Feditions%2F1%2Fmedia%2Fchart.png&#x26;w=${width}&#x26;q=75`;
    expect(html).toContain(`src="${optimised(828)}"`);
    expect(html).toContain(
      `srcset="${optimised(384)} 384w, ${optimised(640)} 640w, ${optimised(828)} 828w"`,
    );
    expect(html).toContain('sizes="(min-width: 48rem) 48rem, 100vw"');
    expect(html).toContain('width="700" height="320"');
  });

  it('replaces images with their alt text in the plain view and moves headings down', () => {
    const { result } = render('## Part\n\n![A chart](chart.png)\n');
    expect(result?.plainViewHtml).toContain('<h3>Part</h3>');
    expect(result?.plainViewHtml).toContain('[Image: A chart]');
    expect(result?.plainViewHtml).not.toContain('<img');
  });

  it('reports a missing image and an image outside the folder at the file line', () => {
    expect(render('Text\n\n![A](missing.png)\n').messages).toEqual([
      'a.md:7:1: error: image "missing.png" does not exist in this edition\'s folder: check the file name',
    ]);
    expect(render('![A](https://elsewhere.example/a.png)\n').messages[0]).toMatch(
      /^a\.md:5:1: error: image .* must be a file in this edition's folder/,
    );
    expect(render('![A](../other/a.png)\n').messages[0]).toMatch(
      /must be a file in this edition's folder/,
    );
  });

  it('reports a level-one heading, which would compete with the title', () => {
    expect(render('Intro\n\n# Big\n').messages).toEqual([
      'a.md:7:1: error: a # heading would compete with the title: use ## for sections and ### for sub-sections',
    ]);
  });

  it('refuses pathological nesting before parsing it', () => {
    const started = performance.now();
    const { result, messages } = render(`${'- '.repeat(1000)}deep\n`);
    expect(result).toBeUndefined();
    expect(messages[0]).toMatch(
      /^a\.md:5:1: error: lists or quotes are nested more than \d+ levels deep/,
    );
    expect(render(`${'> '.repeat(200)}deep\n`).messages[0]).toMatch(/nested more than/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses an article over the size limit', () => {
    const { messages } = render('word '.repeat(MAX_MARKDOWN_BYTES / 4));
    expect(messages[0]).toMatch(
      /^a\.md:5:1: error: this article is \d+ KB of text; the limit is 512 KB/,
    );
  });

  it('gives the first paragraph as plain text and counts words', () => {
    const { result } = render(
      '## Heading\n\nFirst **bold** paragraph\nover two lines.\n\nSecond.\n',
    );
    expect(result?.firstParagraph).toBe('First bold paragraph over two lines.');
    expect(result?.words).toBe(8);
  });
});
