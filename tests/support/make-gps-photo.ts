/*
 * Makes tests/fixtures/images/gps-photo.jpg: a small photograph-like JPEG carrying what a
 * phone leaves in a picture (a GPS position, the owner's name, the camera's serial number, a
 * description), an EXIF orientation of 6 (turn 90° clockwise to display) and an sRGB colour
 * profile. The tests check that none of it but the profile reaches a reader. Run with
 * `npx tsx tests/support/make-gps-photo.ts`; the result is committed.
 */
import path from 'node:path';
import sharp from 'sharp';

const width = 48;
const height = 32;
const pixels = Buffer.alloc(width * height * 3);
for (let y = 0; y < height; y += 1) {
  for (let x = 0; x < width; x += 1) {
    const at = (y * width + x) * 3;
    // A red band along the top edge, so a test can see which way the picture was turned.
    pixels[at] = y < 6 ? 220 : 40 + x * 3;
    pixels[at + 1] = y < 6 ? 30 : 90 + y * 2;
    pixels[at + 2] = y < 6 ? 30 : 160;
  }
}

await sharp(pixels, { raw: { width, height, channels: 3 } })
  .withIccProfile('srgb')
  .withMetadata({ orientation: 6 })
  .withExif({
    IFD0: {
      ImageDescription: 'Safe house at 12 Harbour Row, before the day of action',
      Artist: 'DC Jane Example',
      Copyright: 'Jane Example',
    },
    IFD2: { CameraOwnerName: 'Jane Example', BodySerialNumber: 'SN-4471-2209' },
    IFD3: {
      GPSLatitudeRef: 'N',
      GPSLatitude: '54/1 29/1 5/1',
      GPSLongitudeRef: 'W',
      GPSLongitude: '0/1 36/1 44/1',
    },
  })
  .jpeg({ quality: 90 })
  .toFile(path.join(import.meta.dirname, '..', 'fixtures', 'images', 'gps-photo.jpg'));
