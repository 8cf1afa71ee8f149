import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import type { Preset, Processor } from 'unified';

/*
 * The Markdown the magazine accepts: CommonMark with GitHub's tables, footnotes and
 * strikethrough. These are the parts of remark-gfm the magazine uses, registered directly.
 * remark-gfm also turns bare web addresses into links, which cost a third of all parsing
 * time in our benchmark (600 articles) and is what content design guidance asks editors
 * not to publish; a bare address stays text and the check warns about it. Angle brackets
 * (<team@example.org>) still make a link, as in all CommonMark. Directives (`:::callout`)
 * carry the rich blocks of rich-blocks.ts.
 */
function remarkGfmBlocks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
  );
}

/** The syntax as a unified preset; directives (`:::callout`) carry the rich blocks. */
export const remarkMagazineSyntax: Preset = { plugins: [remarkGfmBlocks, remarkDirective] };

const parser = remark().use(remarkMagazineSyntax);

/** Parses Markdown into a syntax tree with the magazine's syntax. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
