import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadLibrary, readMediaBytes } from '@/lib/content/load';
import { cleanPicture, gpsPosition, isTurned, readExif } from '@/lib/content/picture-metadata';
import { articleFile, contentFolder, editionFile, settings } from '../support/content-folder';

// A 48×32 JPEG with a GPS position, an owner, a serial number, a description, orientation 6
// and an sRGB profile (made by tests/support/make-gps-photo.ts).
const photo = fs.readFileSync(
  path.join(import.meta.dirname, '..', '..', 'fixtures', 'images', 'gps-photo.jpg'),
);

describe('reading what a picture carries', () => {
  it('finds the GPS position, owner and description a phone leaves', () => {
    expect(gpsPosition(photo)).toBe('54.4847° N, 0.6122° W');
    const exif = readExif(photo);
    expect(exif?.Image?.ImageDescription).toMatch(/Harbour Row/);
    expect(exif?.Photo?.CameraOwnerName).toBe('Jane Example');
  });

  it('knows which orientations turn a picture a quarter', () => {
    expect([1, 3, 5, 6, 7, 8, undefined].map(isTurned)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('cleanPicture', () => {
  it('turns the picture upright and drops EXIF, XMP and IPTC, keeping the colour profile', async () => {
    const cleaned = await cleanPicture(photo, 'image/jpeg');
    const metadata = await sharp(cleaned).metadata();
    expect([metadata.width, metadata.height]).toEqual([32, 48]);
    expect(metadata.orientation).toBeUndefined();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
    expect(metadata.icc).toBeDefined();
    expect(gpsPosition(cleaned)).toBeUndefined();
    const text = Buffer.from(cleaned).toString('latin1');
    for (const secret of ['Harbour Row', 'Jane Example', 'SN-4471-2209'])
      expect(text).not.toContain(secret);
  });

  it('keeps what was the top edge on the right after a quarter turn clockwise', async () => {
    const { data, info } = await sharp(await cleanPicture(photo, 'image/jpeg'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const red = (x: number, y: number) => data[(y * info.width + x) * info.channels] ?? 0;
    expect(red(info.width - 2, 10)).toBeGreaterThan(180);
    expect(red(1, 10)).toBeLessThan(180);
  });
});

describe('pictures in an edition folder', () => {
  const folder = contentFolder({
    'editions/a/edition.md': editionFile(1),
    'editions/a/photo.jpg': photo,
    'editions/a/01-story.md': articleFile('Story', '', '![Officers outside the house](photo.jpg)'),
  });

  it('are measured as they are served, upright', () => {
    const library = loadLibrary(folder, settings);
    expect(library.editions[0]?.articles[0]?.html).toMatch(/width="32" height="48"/);
  });

  it('bring a warning at the file when they record where they were taken', () => {
    const library = loadLibrary(folder, settings);
    expect(library.findings).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/editions\/a\/photo\.jpg$/),
        line: 1,
        severity: 'warning',
        message: expect.stringContaining('GPS 54.4847° N, 0.6122° W'),
      }),
    );
  });

  it('are served without their metadata', async () => {
    const library = loadLibrary(folder, settings);
    const file = library.media.get(1)?.get('photo.jpg');
    if (!file) throw new Error('the photo was not found');
    expect(readExif(await readMediaBytes(file))).toBeUndefined();
  });
});
