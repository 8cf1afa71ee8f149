import type { Link, Paragraph, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { vimeoPlayer, youtubePlayer } from '../site/video-players';

/*
 * Rich blocks for editors, written as Markdown directives:
 *
 *   :::pullquote                    :::callout[Key facts]           :::transcript
 *   Words worth repeating.          - Eleven people safeguarded     What was said in the video.
 *   — Name, role                    :::                             :::
 *   :::
 *
 * and a YouTube or Vimeo address alone on a line, which becomes a click-to-load video. Each
 * block is turned into ordinary HTML elements with class names the sanitiser's schema allows
 * (see render.ts); nothing here lets raw HTML through.
 */

/** The names of the container blocks editors can use. */
const BLOCK_NAMES = ['pullquote', 'callout', 'transcript'] as const;

/** A video an editor linked: where it plays and where it can be watched instead. */
export interface VideoSource {
  /** The privacy-enhanced player address, loaded only when the reader presses play. */
  player: string;
  /** The ordinary address, for the plain view, the text file and readers without JavaScript. */
  watch: string;
  service: 'YouTube' | 'Vimeo';
}

/** Recognises a YouTube or Vimeo address and gives its player and watch addresses. */
export function videoSource(url: string): VideoSource | undefined {
  // Most paragraphs are prose: rule them out before the cost of parsing an address.
  if (!/^https?:\/\/(?:www\.|m\.|player\.)?(?:youtube\.com|youtu\.be|vimeo\.com)\//i.test(url))
    return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.replace(/^www\.|^m\./, '');
  let id: string | null | undefined;
  if (host === 'youtube.com')
    id =
      parsed.pathname === '/watch'
        ? parsed.searchParams.get('v')
        : /^\/(?:embed|shorts|live)\/([\w-]{6,20})$/.exec(parsed.pathname)?.[1];
  if (host === 'youtu.be') id = /^\/([\w-]{6,20})$/.exec(parsed.pathname)?.[1];
  if (id && /^[\w-]{6,20}$/.test(id)) {
    return {
      player: youtubePlayer(id),
      watch: `https://www.youtube.com/watch?v=${id}`,
      service: 'YouTube',
    };
  }
  const vimeo =
    host === 'vimeo.com' || host === 'player.vimeo.com'
      ? /^\/(?:video\/)?(\d{4,12})$/.exec(parsed.pathname)?.[1]
      : undefined;
  if (vimeo)
    return { player: vimeoPlayer(vimeo), watch: `https://vimeo.com/${vimeo}`, service: 'Vimeo' };
  return undefined;
}

/**
 * Turns the rich blocks in a parsed body into elements the HTML renderer understands, and
 * reports unknown blocks. Text that only looks like a directive (`ratio 3:1`, `see:this`) is
 * put back as the editor wrote it.
 */
export function transformRichBlocks(
  tree: Root,
  markdown: string,
  report: (line: number, message: string) => void,
): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;

    if (node.type === 'textDirective' || node.type === 'leafDirective') {
      // Only container blocks are ours; anything else was ordinary text with a colon in it.
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const original: Text = {
        type: 'text',
        value:
          start !== undefined && end !== undefined ? markdown.slice(start, end) : `:${node.name}`,
      };
      parent.children[index] =
        node.type === 'leafDirective'
          ? ({ type: 'paragraph', children: [original] } as Paragraph)
          : original;
      return SKIP;
    }

    if (node.type === 'containerDirective') {
      if (!(BLOCK_NAMES as readonly string[]).includes(node.name)) {
        report(
          node.position?.start.line ?? 1,
          `":::${node.name}" is not a block this site knows: use :::pullquote, :::callout or :::transcript`,
        );
        return SKIP;
      }
      shapeBlock(node);
      return;
    }

    if (node.type === 'paragraph') {
      const video = videoParagraph(node);
      if (video) {
        parent.children[index] = video;
        return SKIP;
      }
    }
    return undefined;
  });
}

function shapeBlock(node: ContainerDirective): void {
  const label =
    node.children[0]?.type === 'paragraph' && node.children[0].data?.directiveLabel
      ? node.children[0]
      : undefined;
  const title = label
    ? toString(label)
    : typeof node.attributes?.title === 'string'
      ? node.attributes.title
      : undefined;
  const body = label ? node.children.slice(1) : node.children;

  if (node.name === 'pullquote') {
    const last = body.at(-1);
    const attribution =
      last?.type === 'paragraph' && /^\s*(?:—|–|--)\s*/.test(toString(last)) ? last : undefined;
    const quote = attribution ? body.slice(0, -1) : body;
    node.data = { hName: 'figure', hProperties: { className: ['pull-quote'] } };
    node.children = [
      { type: 'blockquote', children: quote as never },
      ...(attribution ? [{ ...attribution, data: { hName: 'figcaption' } }] : []),
    ] as RootContent[] as typeof node.children;
    return;
  }

  if (node.name === 'callout') {
    node.data = { hName: 'div', hProperties: { className: ['callout'] } };
    const heading: Paragraph = {
      type: 'paragraph',
      data: { hProperties: { className: ['callout-title'] } },
      children: [{ type: 'strong', children: [{ type: 'text', value: title ?? 'Note' }] }],
    };
    node.children = [heading, ...body] as typeof node.children;
    return;
  }

  // transcript: a disclosure that is open in print and in the plain view.
  node.data = { hName: 'details', hProperties: { className: ['transcript'] } };
  const summary: Paragraph = {
    type: 'paragraph',
    data: { hName: 'summary' },
    children: [{ type: 'text', value: title ?? 'Transcript' }],
  };
  node.children = [summary, ...body] as typeof node.children;
}

/** A paragraph that is only a YouTube or Vimeo address becomes a video block. */
function videoParagraph(node: Paragraph): LeafDirective | undefined {
  if (node.children.length !== 1) return undefined;
  const only = node.children[0];
  const url =
    only?.type === 'text' ? only.value.trim() : only?.type === 'link' ? only.url : undefined;
  const source = url ? videoSource(url) : undefined;
  if (!source || (only?.type === 'text' && /\s/.test(url ?? ''))) return undefined;
  const label = only?.type === 'link' && toString(only) !== only.url ? toString(only) : undefined;
  const title = label ?? 'Video';
  const text = label
    ? `Watch on ${source.service}: ${label}`
    : `Watch the video on ${source.service}`;
  const link: Link = { type: 'link', url: source.watch, children: [{ type: 'text', value: text }] };
  return {
    type: 'leafDirective',
    name: 'video',
    attributes: { title, player: source.player, watch: source.watch },
    data: {
      hName: 'figure',
      hProperties: {
        className: ['video-embed'],
        dataVideoPlayer: source.player,
        dataVideoTitle: title,
      },
    },
    children: [link],
    position: node.position,
  };
}
