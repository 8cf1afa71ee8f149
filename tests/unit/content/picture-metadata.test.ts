import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readMediaBytes } from '@/lib/content/folder';
import { loadLibrary } from '@/lib/library/load';
import {
  cleanPicture,
  gpsPosition,
  isTurned,
  pictureText,
  readExif,
} from '@/lib/content/picture-metadata';
import { cleanSvg } from '@/lib/content/svg';
import {
  articleFile,
  contentFolder,
  editionFile,
  errorsIn,
  settings,
} from '../support/content-folder';

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
    expect(library.editions[0]?.articles[0]?.body.html).toMatch(/width="32" height="48"/);
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

describe('what pictures say, checked as Markdown is', () => {
  const xmp = [
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Whitby">',
    '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Call DC Holt on 07700 900123</rdf:li></rdf:Alt></dc:description>',
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
  ].join('');

  async function markedPhoto(): Promise<Buffer> {
    return sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
      .withExif({
        IFD0: {
          ImageDescription: 'OFFICIAL-SENSITIVE: 14 Mill Lane, LS1 4AB',
          Artist: 'DC Jane Holt',
        },
      })
      .withXmp(xmp)
      .jpeg()
      .toBuffer();
  }

  const markedSvg = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-label="Referrals by month">',
    '<!-- OFFICIAL-SENSITIVE draft: ask 07700 900456 or j.holt@gmail.com -->',
    '<metadata>Drawn by Jane Holt</metadata>',
    '<path d="M1 2L3 4H5V6Z"/><text x="1" y="9">Referrals rose by 40%</text>',
    '</svg>',
  ].join('\n');

  async function folderWith(files: Record<string, Uint8Array | string>) {
    return contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-story.md': articleFile(
        'Story',
        'image: photo.jpg\nimage_alt: "A harbour at dusk"\n',
        '![Referrals by month](chart.svg)',
      ),
      ...files,
    });
  }

  it('reads the text fields of EXIF and XMP, before they are stripped', async () => {
    const fields = pictureText(await markedPhoto());
    expect(fields).toContainEqual({
      field: 'EXIF ImageDescription',
      text: 'OFFICIAL-SENSITIVE: 14 Mill Lane, LS1 4AB',
    });
    expect(fields).toContainEqual({ field: 'EXIF Artist', text: 'DC Jane Holt' });
    const xmpText = fields.find(({ field }) => field === 'XMP')?.text ?? '';
    expect(xmpText).toContain('Call DC Holt on 07700 900123');
    expect(xmpText).toContain('Whitby');
  });

  it('stops the build at a picture whose metadata or SVG text holds a marking', async () => {
    const folder = await folderWith({
      'editions/a/photo.jpg': await markedPhoto(),
      'editions/a/chart.svg': markedSvg,
    });
    const errors = errorsIn(folder);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^editions\/a\/photo\.jpg:1:1: error: in its EXIF ImageDescription metadata, "OFFICIAL-SENSITIVE" is a security classification/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^editions\/a\/chart\.svg:2:6: error: "OFFICIAL-SENSITIVE" is a security/,
      ),
    );
  });

  it('warns of personal data in a picture, naming the field', async () => {
    const folder = await folderWith({
      'editions/a/photo.jpg': await markedPhoto(),
      'editions/a/chart.svg': markedSvg,
    });
    let warnings: string[] = [];
    try {
      loadLibrary(folder, settings);
    } catch (error) {
      warnings = (
        error as { problems: { severity: string; file: string; message: string }[] }
      ).problems
        .filter((problem) => problem.severity === 'warning')
        .map((problem) => `${path.basename(problem.file)}: ${problem.message}`);
    }
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^photo\.jpg: in its XMP metadata, possible UK phone number "07700 900123"/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^photo\.jpg: in its EXIF ImageDescription metadata, possible UK postcode "LS1 4AB"/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^chart\.svg: possible UK phone number "07700 900456"/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^chart\.svg: possible email address "j\.holt@gmail\.com"/),
    );
    // The drawing is not read as text: no number plate or postcode found in the path data.
    expect(warnings.filter((warning) => warning.startsWith('chart.svg'))).toHaveLength(2);
  });

  it('serves an SVG without its comments and metadata, keeping its title and text', async () => {
    const clean = await cleanSvg(markedSvg);
    expect(clean).not.toMatch(/OFFICIAL|07700|gmail|Jane Holt|<!--|metadata/);
    expect(clean).toContain('aria-label="Referrals by month"');
    expect(clean).toContain('Referrals rose by 40%');
    expect(clean).toContain('d="M1 2L3 4H5V6Z"');
  });
});
