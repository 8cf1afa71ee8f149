import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';

/** Column at which text files wrap, so they paste into an email without reflowing. */
export const TEXT_WIDTH = 78;

/** Options for turning Markdown into plain text. */
export interface TextOptions {
  /** Line width; lines wrap at spaces and a single long word (a URL) may run over. */
  width?: number;
  /** Base address used to make site-relative links (`/editions/9`) absolute. */
  baseUrl?: string;
}

interface Context {
  baseUrl: string;
  footnotes: Map<string, number>;
}

/**
 * Renders a Markdown syntax tree as readable plain text: links as "text (url)", lists with
 * bullets or numbers, block quotes indented, tables as columns, images as their alt text.
 * No Markdown or HTML syntax is left, and raw HTML (including comments) is dropped, as it is
 * from the HTML view.
 */
export function markdownToText(tree: Root, options: TextOptions = {}): string {
  const width = options.width ?? TEXT_WIDTH;
  const context: Context = { baseUrl: options.baseUrl ?? '', footnotes: new Map() };
  const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition');
  definitions.forEach((node, index) => context.footnotes.set(node.identifier, index + 1));

  const body = renderBlocks(tree.children, width, context);
  if (definitions.length === 0) return body.join('\n');

  const notes = definitions.flatMap((node, index) => {
    const marker = `[${index + 1}] `;
    return hang(renderBlocks(node.children, width - marker.length, context), marker);
  });
  return [...body, '', 'Notes', '-----', '', ...notes].join('\n');
}

/** Wraps one paragraph of text at `width` columns, breaking only at spaces. */
export function wrap(textValue: string, width: number = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  for (const segment of textValue.split('\n')) {
    const words = segment.split(/[ \t]+/).filter((word) => word !== '');
    let line = '';
    for (const word of words) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Underlines a title with a character, the plain-text way to set a heading off. */
export function underline(title: string, character: string, width: number = TEXT_WIDTH): string[] {
  const lines = wrap(title, width);
  const longest = Math.max(...lines.map((line) => line.length));
  return [...lines, character.repeat(Math.min(longest, width))];
}

/** Renders blocks one after another, separated by a blank line unless `tight` (a tight list item). */
function renderBlocks(
  nodes: readonly RootContent[],
  width: number,
  context: Context,
  tight = false,
): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const lines = renderBlock(node, width, context);
    if (lines.length === 0) continue;
    if (out.length > 0 && !tight) out.push('');
    out.push(...lines);
  }
  return out;
}

function renderBlock(node: RootContent, width: number, context: Context): string[] {
  switch (node.type) {
    case 'paragraph': {
      const value = inline(node, context).trim();
      return value === '' ? [] : wrap(value, width);
    }
    case 'heading': {
      const title = inline(node, context).trim();
      return underline(title, node.depth <= 2 ? '-' : '.', width);
    }
    case 'blockquote':
      return indent(renderBlocks(node.children, width - 4, context), '    ');
    case 'list': {
      const start = node.start ?? 1;
      const items = node.children.map((item, index) => {
        const marker = node.ordered ? `${start + index}. ` : '• ';
        const lines = renderBlocks(item.children, width - marker.length, context, !item.spread);
        return hang(lines.length > 0 ? lines : [''], marker);
      });
      const gap = node.spread || node.children.some((item) => item.spread) ? [''] : [];
      return items.flatMap((lines, index) => (index === 0 ? lines : [...gap, ...lines]));
    }
    case 'code':
      return indent(node.value.split('\n'), '    ');
    case 'thematicBreak':
      return ['· · ·'];
    case 'table':
      return renderTable(node, width, context);
    case 'containerDirective':
      return renderRichBlock(node, width, context);
    case 'leafDirective': {
      // A video: its title and where to watch it.
      const watch = typeof node.attributes?.watch === 'string' ? node.attributes.watch : '';
      const title = node.attributes?.title;
      return wrap(`${title && title !== 'Video' ? `Video: ${title}` : 'Video'} (${watch})`, width);
    }
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return [];
    default:
      return 'children' in node ? wrap(inline(node, context).trim(), width) : [];
  }
}

/** Pull quotes are indented like quotes; callouts and transcripts get their title, then the text. */
function renderRichBlock(node: ContainerDirective, width: number, context: Context): string[] {
  if (node.name === 'pullquote') {
    const parts = node.children.flatMap((child) =>
      child.type === 'blockquote' ? child.children : [child],
    );
    return indent(renderBlocks(parts, width - 4, context), '    ');
  }
  const [title, ...body] = node.children;
  const heading = title ? inline(title, context).trim() : '';
  return [...underline(heading, '.', width), '', ...renderBlocks(body, width, context)];
}

function inline(node: Nodes, context: Context): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/\s*\n\s*/g, ' ');
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ? `[Image: ${node.alt}]` : '';
    case 'link': {
      const label = children(node, context).trim();
      const url = absolute(node.url, context.baseUrl);
      const shown = linkAddressShown(label, url);
      return label === '' ? url : shown ? `${label} (${shown})` : label;
    }
    case 'footnoteReference':
      return `[${context.footnotes.get(node.identifier) ?? '?'}]`;
    case 'html':
      return '';
    default:
      return 'children' in node ? children(node, context) : '';
  }
}

function children(node: Parents, context: Context): string {
  return node.children.map((child) => inline(child, context)).join('');
}

function renderTable(node: Table, width: number, context: Context): string[] {
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell, context).trim()));
  const header = rows[0] ?? [];
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const gap = '  ';
  const total =
    widths.reduce((sum, columnWidth) => sum + columnWidth, 0) + gap.length * (columns - 1);

  if (total <= width) {
    const pad = (cell: string, column: number) =>
      node.align?.[column] === 'right'
        ? cell.padStart(widths[column] ?? 0)
        : cell.padEnd(widths[column] ?? 0);
    const line = (row: readonly string[]) =>
      widths
        .map((_, column) => pad(row[column] ?? '', column))
        .join(gap)
        .trimEnd();
    const rule = widths.map((columnWidth) => '-'.repeat(columnWidth)).join(gap);
    return [line(header), rule, ...rows.slice(1).map(line)];
  }

  // Too wide for a line: write each row as "Heading: value" pairs instead of columns.
  return rows.slice(1).flatMap((row, index) => {
    const pairs = row.flatMap((cell, column) => wrap(`${header[column] ?? ''}: ${cell}`, width));
    return index === 0 ? pairs : ['', ...pairs];
  });
}

function indent(lines: readonly string[], prefix: string): string[] {
  return lines.map((line) => (line === '' ? '' : prefix + line));
}

/** Puts `marker` before the first line and lines the rest up under its text. */
function hang(lines: readonly string[], marker: string): string[] {
  const pad = ' '.repeat(marker.length);
  return lines.map((line, index) => (index === 0 ? marker + line : line === '' ? '' : pad + line));
}

/**
 * The address to print after a link's words where links cannot be followed (text, print):
 * none when the words already are the address, written out in any of the ways people write
 * one ("jo@example.org", "www.example.org", "example.org/guide"), or name its site
 * ("example.org" for https://www.example.org/).
 */
export function linkAddressShown(label: string, url: string): string | undefined {
  const written = (text: string) =>
    text
      .trim()
      .toLowerCase()
      .replace(/^(?:mailto:|https?:\/\/)/, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '');
  if (label.trim() === '' || written(label) === written(url)) return undefined;
  const host = /^https?:\/\/([^/?#]+)\/?$/i.exec(url)?.[1];
  return host && written(label) === written(host) ? undefined : url;
}

/** A site-relative address (`/editions/9`) made absolute; other addresses as they are. */
export function absolute(url: string, baseUrl: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${baseUrl}${url}` : url;
}
