import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render';
import { formatProblem, ProblemList } from '@/lib/content/problems';
import { videoSource } from '@/lib/markdown/rich-blocks';

function render(markdown: string) {
  const problems = new ProblemList();
  const result = renderMarkdown(
    markdown,
    {
      file: 'a.md',
      firstLine: 1,
      idPrefix: 'a_',
      baseUrl: 'https://mag.example.org',
      resolveImage: () => undefined,
    },
    problems,
  );
  return {
    result,
    messages: problems.items.filter((problem) => problem.severity === 'error').map(formatProblem),
  };
}

describe('pull quotes', () => {
  const { result } = render(':::pullquote\nWords worth repeating.\n\n— Jane Doe, Director\n:::\n');

  it('render as a figure with the quote and its attribution', () => {
    expect(result?.html).toBe(
      '<figure class="pull-quote"><blockquote>\n<p>Words worth repeating.</p>\n</blockquote><figcaption>— Jane Doe, Director</figcaption></figure>\n',
    );
  });

  it('keep their attribution in plain text', () => {
    expect(result?.text).toBe('    Words worth repeating.\n\n    — Jane Doe, Director');
  });
});

describe('callouts and transcripts', () => {
  it('render a callout with its title, in HTML and text', () => {
    const { result } = render(':::callout[Key facts]\n- One\n- Two\n:::\n');
    expect(result?.html).toContain(
      '<div class="callout"><p class="callout-title"><strong>Key facts</strong></p><ul>',
    );
    expect(result?.text).toBe('Key facts\n.........\n\n• One\n• Two');
  });

  it('render a transcript as a disclosure, open in the plain view', () => {
    const { result } = render(':::transcript\nWhat was said.\n:::\n');
    expect(result?.html).toContain(
      '<details class="transcript"><summary>Transcript</summary><p>What was said.</p></details>',
    );
    expect(result?.plainViewHtml).toContain('<details class="transcript" open>');
    expect(result?.text).toBe('Transcript\n..........\n\nWhat was said.');
  });

  it('report an unknown block at its line', () => {
    expect(render('Text.\n\n:::warning\nx\n:::\n').messages).toEqual([
      'a.md:3:1: error: ":::warning" is not a block this site knows: use :::pullquote, :::callout or :::transcript',
    ]);
  });

  it('leave ordinary colons alone', () => {
    const { result } = render('A ratio of 3:1, see:this, at 10:30.\n\n::not-a-block\n');
    expect(result?.html).toBe('<p>A ratio of 3:1, see:this, at 10:30.</p>\n<p>::not-a-block</p>\n');
  });
});

describe('videos', () => {
  it('recognise YouTube and Vimeo addresses and use the privacy-enhanced players', () => {
    expect(videoSource('https://www.youtube.com/watch?v=abcdefghijk')?.player).toBe(
      'https://www.youtube-nocookie.com/embed/abcdefghijk',
    );
    expect(videoSource('https://youtu.be/abcdefghijk')?.player).toBe(
      'https://www.youtube-nocookie.com/embed/abcdefghijk',
    );
    expect(videoSource('https://vimeo.com/123456789')?.player).toBe(
      'https://player.vimeo.com/video/123456789?dnt=1',
    );
    expect(videoSource('https://evil.example/watch?v=abcdefghijk')).toBeUndefined();
    expect(videoSource('javascript:alert(1)')).toBeUndefined();
  });

  it('render an address alone on a line as a click-to-load block that loads nothing itself', () => {
    const { result } = render('[The film](https://www.youtube.com/watch?v=abcdefghijk)\n');
    expect(result?.html).toBe(
      '<figure class="video-embed" data-video-player="https://www.youtube-nocookie.com/embed/abcdefghijk" data-video-title="The film"><a href="https://www.youtube.com/watch?v=abcdefghijk">Watch on YouTube: The film</a></figure>\n',
    );
    expect(result?.html).not.toMatch(/<iframe|<script|<img/);
    expect(result?.text).toBe('Video: The film (https://www.youtube.com/watch?v=abcdefghijk)');
  });

  it('leave a video address inside a sentence as an ordinary link', () => {
    const { result } = render('Watch [the film](https://youtu.be/abcdefghijk) today.\n');
    expect(result?.html).toBe(
      '<p>Watch <a href="https://youtu.be/abcdefghijk">the film</a> today.</p>\n',
    );
  });
});
