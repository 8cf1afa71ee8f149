import { expect, test } from '@playwright/test';
import { imageSize } from 'image-size';
import { gpsPosition, readExif } from '@/lib/content/picture-metadata';
import { articlePath, editionPath, mediaPath } from '@/lib/site/urls';
import { editions, features } from './support/site';

const pages = [
  '/',
  '/editions',
  ...editions.map((edition) => editionPath(edition.number)),
  ...editions.flatMap((edition) =>
    edition.articles
      .filter((article) => article.image)
      .map((article) => articlePath(edition.number, article.slug)),
  ),
];

for (const address of pages) {
  test(`every image on ${address} loads, with its size reserved`, async ({ page, request }) => {
    await page.goto(address);
    const images = await page.locator('main img').evaluateAll((elements) =>
      elements.map((element) => {
        const image = element as HTMLImageElement;
        const candidates = image.srcset
          ? image.srcset.split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? '')
          : [];
        return {
          src: image.getAttribute('src') ?? '',
          candidates,
          width: image.getAttribute('width'),
          height: image.getAttribute('height'),
          alt: image.getAttribute('alt'),
        };
      }),
    );
    for (const image of images) {
      expect(image.width, image.src).toMatch(/^\d+$/);
      expect(image.height, image.src).toMatch(/^\d+$/);
      expect(image.alt, image.src).not.toBeNull();
      for (const url of [image.src, ...image.candidates]) {
        const response = await request.get(url, { headers: { Accept: 'image/webp,image/*' } });
        expect(response.status(), url).toBe(200);
        expect(response.headers()['content-type'], url).toMatch(
          /^image\/(webp|svg\+xml|png|jpeg)$/,
        );
      }
    }
  });
}

test('raster images are resized and served as WebP by the optimiser', async ({ page }) => {
  const withRaster = features.rasterImage;
  await page.setViewportSize({ width: 375, height: 800 });
  const served: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/_next/image'))
      served.push(`${response.status()} ${response.headers()['content-type']}`);
  });
  await page.goto(articlePath(withRaster.edition.number, withRaster.article.slug));
  await expect.poll(() => served.length).toBeGreaterThan(0);
  expect(served[0]).toBe('200 image/webp');
  const natural = await page
    .locator('main figure img')
    .evaluate((element) => (element as HTMLImageElement).naturalWidth);
  expect(natural).toBeLessThan(withRaster.article.image?.width ?? 0);
});

test.describe('a photograph that carries a GPS position, an owner and a description', () => {
  const { edition, article } = features.gpsPhoto;
  const original = mediaPath(edition.number, 'launch-photo.jpg');
  const secrets = ['Harbour Row', 'Jane Example', 'SN-4471-2209'];

  async function expectClean(bytes: Buffer, where: string) {
    expect(gpsPosition(bytes), where).toBeUndefined();
    expect(readExif(bytes), where).toBeUndefined();
    const text = bytes.toString('latin1');
    for (const secret of secrets) expect(text, where).not.toContain(secret);
  }

  test('is served without them, turned upright, from its own address and the optimiser', async ({
    request,
  }) => {
    const served = Buffer.from(await (await request.get(original)).body());
    await expectClean(served, original);
    expect(imageSize(served)).toMatchObject({ width: 32, height: 48 });
    const resized = `/_next/image?url=${encodeURIComponent(original)}&w=384&q=75`;
    await expectClean(Buffer.from(await (await request.get(resized)).body()), resized);
  });

  test('is laid out at its upright size in the article', async ({ page }) => {
    await page.goto(articlePath(edition.number, article.slug));
    const image = page.locator('.article-body img[alt^="Analysts from three forces"]');
    await expect(image).toHaveAttribute('width', '32');
    await expect(image).toHaveAttribute('height', '48');
  });
});
