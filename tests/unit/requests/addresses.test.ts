import { describe, expect, it } from 'vitest';
import { contentAddresses } from '@/lib/requests/addresses';
import { browsingSample } from '../support/samples';

describe('contentAddresses', () => {
  const { library, editions } = browsingSample();
  const everything = contentAddresses(library.editions);
  const shown = contentAddresses(editions);

  it('lists every address of an edition and its articles', () => {
    for (const address of [
      '/editions/1',
      '/editions/1/plain',
      '/editions/1/plain.txt',
      '/editions/1/card.png',
      '/editions/1/calendar.ics',
      '/editions/1/email.html',
      '/editions/1/edition.eml',
      '/editions/1/update',
      '/editions/1/update/plain.txt',
      '/editions/1/update/card.png',
      '/sections/strategic-update',
      '/topics/safeguarding',
    ])
      expect(shown).toContain(address);
  });

  it('tells a draft’s addresses apart from what the public may see', () => {
    const hidden = [...everything].filter((address) => !shown.has(address));
    expect(hidden.sort()).toEqual([
      '/editions/2/secret',
      '/editions/2/secret/card.png',
      '/editions/2/secret/plain.txt',
    ]);
  });
});
