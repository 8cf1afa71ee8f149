import { describe, expect, it } from 'vitest';
import { withoutFrameworkScripts } from '@/lib/server/scriptless';

// The shapes Next 16 writes into a page (taken from a built article), around what the site
// itself puts there: the theme's inline script, its own script file and structured data.
const THEME = `<script>try{var t=localStorage.getItem('theme')}catch(e){}</script>`;
const OWN = `<script src="/reading.js" defer=""></script>`;
const DATA = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"self.__next_f"}</script>`;
const page = [
  '<!DOCTYPE html><html><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/0x.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/06.js"/>',
  '<script src="/_next/static/chunks/turbopack-07.js" async=""></script>',
  '<script src="/_next/static/chunks/0c.js" noModule=""></script>',
  THEME,
  OWN,
  '</head><body><main><h1>Title</h1><p>Text.</p></main>',
  DATA,
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([])</script>',
  '</body></html>',
].join('');

describe('a page without the framework scripts', () => {
  const result = withoutFrameworkScripts(page) ?? '';

  it('keeps none of Next\u2019s scripts, payload or script hints', () => {
    expect(result).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(result).not.toContain('__next_f.push');
    expect(result).not.toContain('TURBOPACK');
  });

  it('keeps the content, the stylesheet and the site\u2019s own scripts and data', () => {
    for (const kept of [
      '<main><h1>Title</h1><p>Text.</p></main>',
      '/_next/static/chunks/0x.css',
      THEME,
      OWN,
      DATA,
    ])
      expect(result).toContain(kept);
  });

  it('is left whole while a part of it is still to be streamed in or rendered by script', () => {
    const streaming = page.replace('<main>', '<main><!--$?--><template id="B:0"></template>');
    expect(withoutFrameworkScripts(streaming)).toBeUndefined();
    const failed = page.replace('<main>', '<main><!--$!--><template data-dgst="1"></template>');
    expect(withoutFrameworkScripts(failed)).toBeUndefined();
  });

  it('is unchanged when it has none of them (a page the site wrote itself)', () => {
    const plain = `<!DOCTYPE html><html><head>${THEME}</head><body><p>Plain.</p></body></html>`;
    expect(withoutFrameworkScripts(plain)).toBe(plain);
  });
});
