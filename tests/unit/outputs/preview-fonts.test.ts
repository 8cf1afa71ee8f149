import { afterEach, describe, expect, it, vi } from 'vitest';
import { previewImageResponse } from '@/components/shared/preview-card';
import { drawableText } from '@/lib/outputs/preview-fonts';

// Titles in the scripts an editor may write in, with an emoji.
const TITLES = {
  welsh: 'Ŵyl y gwanwyn: ymweliad â Chaerdydd',
  polish: 'Łódź: współpraca z policją i służbą zdrowia',
  greek: 'Συνεργασία για την προστασία των θυμάτων',
  cyrillic: 'Співпраця заради захисту постраждалих',
  arabic: 'التعاون لحماية الضحايا',
  hebrew: 'שיתוף פעולה להגנה על נפגעים',
  chinese: '保护受害者的合作',
  emoji: 'Partner day 🎉 in Leeds',
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('drawableText', () => {
  it('keeps every script the bundled fonts draw', async () => {
    for (const script of ['welsh', 'polish', 'greek', 'cyrillic', 'arabic', 'hebrew'] as const)
      expect(await drawableText(TITLES[script]), script).toBe(TITLES[script]);
  });

  it('leaves out what they cannot draw, and tidies the spaces left behind', async () => {
    expect(await drawableText(TITLES.emoji)).toBe('Partner day in Leeds');
    expect(await drawableText(`Edition 9 ${TITLES.chinese}`)).toBe('Edition 9');
  });
});

describe('preview images', () => {
  it('are drawn in every script, with emoji, without touching the network', async () => {
    // The renderer loads its own WebAssembly from data: addresses; anything else would be the
    // network, which this test refuses and records.
    const realFetch = globalThis.fetch;
    const network: string[] = [];
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      network.push(url);
      return Promise.reject(new Error('no network in this test'));
    });
    const sizes = new Set<number>();
    for (const title of Object.values(TITLES)) {
      const response = await previewImageResponse({
        name: 'Northlight',
        meta: 'Edition 9 · 14 October 2026',
        kicker: 'News',
        title,
        footer: 'The Northlight Programme',
      });
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString('latin1'), title).toBe('PNG');
      sizes.add(png.length);
    }
    expect(network).toEqual([]);
    // Each title is drawn: no two images are the same.
    expect(sizes.size).toBe(Object.keys(TITLES).length);
  });
});
