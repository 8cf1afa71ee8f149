import type {
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  List,
  ListItem,
  Paragraph,
  Root,
  RootContent,
} from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/*
 * Footnotes as GitHub draws them (a numbered reference, a list of notes at the end with links
 * back), built into the Markdown tree with every id under the body's own prefix. A page that
 * holds several bodies (the plain view holds a whole edition) then has no id twice, without
 * rewriting the HTML afterwards; remark-html's own footnotes use fixed ids.
 */

/**
 * Replaces the footnote references and definitions in `tree` with ordinary nodes whose ids
 * start with `prefix`, numbered in the order they are first referred to. Mutates the tree.
 */
export function renderFootnotes(tree: Root, prefix: string): void {
  const definitions = new Map<string, FootnoteDefinition>();
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'footnoteDefinition') return true;
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    return false;
  });
  if (definitions.size === 0) return;

  const order: string[] = [];
  const uses = new Map<string, number>();
  const label = `${prefix}footnote-label`;
  const name = (identifier: string) => encodeURIComponent(identifier.toLowerCase());

  visit(tree, 'footnoteReference', (node: FootnoteReference, index, parent) => {
    if (!parent || index === undefined || !definitions.has(node.identifier)) return undefined;
    if (!order.includes(node.identifier)) order.push(node.identifier);
    const use = (uses.get(node.identifier) ?? 0) + 1;
    uses.set(node.identifier, use);
    const number = order.indexOf(node.identifier) + 1;
    const id = `${prefix}fnref-${name(node.identifier)}${use > 1 ? `-${use}` : ''}`;
    parent.children[index] = {
      type: 'strong',
      data: { hName: 'sup' },
      children: [
        {
          type: 'link',
          url: `#${prefix}fn-${name(node.identifier)}`,
          data: { hProperties: { id, dataFootnoteRef: true, ariaDescribedBy: [label] } },
          children: [{ type: 'text', value: String(number) }],
        },
      ],
    };
    return SKIP;
  });
  if (order.length === 0) return;

  const items: ListItem[] = order.map((identifier) => {
    const definition = definitions.get(identifier)!;
    const number = order.indexOf(identifier) + 1;
    const backrefs = Array.from({ length: uses.get(identifier) ?? 1 }, (_, use) => ({
      type: 'link' as const,
      url: `#${prefix}fnref-${name(identifier)}${use > 0 ? `-${use + 1}` : ''}`,
      data: {
        hProperties: {
          dataFootnoteBackref: '',
          ariaLabel: `Back to reference ${number}${use > 0 ? `-${use + 1}` : ''}`,
          className: ['data-footnote-backref'],
        },
      },
      children: [{ type: 'text' as const, value: use > 0 ? `↩${use + 1}` : '↩' }],
    }));
    const children = [...definition.children] as RootContent[];
    const last = children.at(-1);
    const space = { type: 'text' as const, value: ' ' };
    if (last?.type === 'paragraph') {
      children[children.length - 1] = {
        ...last,
        children: [...last.children, ...backrefs.flatMap((link) => [space, link])],
      } as Paragraph;
    } else {
      children.push({ type: 'paragraph', children: backrefs.flatMap((link) => [space, link]) });
    }
    return {
      type: 'listItem',
      spread: false,
      data: { hProperties: { id: `${prefix}fn-${name(identifier)}` } },
      children: children as ListItem['children'],
    };
  });

  const heading: Heading = {
    type: 'heading',
    depth: 2,
    data: { hProperties: { id: label, className: ['sr-only'] } },
    children: [{ type: 'text', value: 'Footnotes' }],
  };
  const list: List = { type: 'list', ordered: true, spread: false, children: items };
  tree.children.push({
    type: 'blockquote',
    data: { hName: 'section', hProperties: { dataFootnotes: true, className: ['footnotes'] } },
    children: [heading, list],
  });
}
