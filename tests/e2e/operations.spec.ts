import { expect, test } from '@playwright/test';
import { healthPath } from '@/lib/site/urls';
import { ports } from '../../playwright.config';
import { editions } from './support/site';

test('the health address answers 200 with the editions loaded, through nginx too, never cached', async ({
  request,
}) => {
  for (const origin of [`http://127.0.0.1:${ports.main}`, `http://127.0.0.1:${ports.proxy}`]) {
    for (let ask = 0; ask < 2; ask += 1) {
      const response = await request.get(`${origin}${healthPath}`);
      expect(response.status(), origin).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', editions: editions.length });
      expect(response.headers()['x-cache-status'], origin).toBeUndefined();
    }
  }
});
