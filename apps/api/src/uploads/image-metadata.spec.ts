import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { MAX_IMAGE_PIXELS, withoutMetadata } from './image-metadata';

const JPEG = { contentType: 'image/jpeg', extension: 'jpg' };
const PNG = { contentType: 'image/png', extension: 'png' };
const WEBP = { contentType: 'image/webp', extension: 'webp' };
const GPS = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 4/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 1/1 0/1' } };

const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3a7' } });

describe('withoutMetadata', () => {
  it.each([
    ['JPEG', JPEG, () => blank(30, 10).jpeg()],
    ['PNG', PNG, () => blank(30, 10).png()],
    ['WebP', WEBP, () => blank(30, 10).webp()],
  ])('drops EXIF, GPS and XMP from a %s and keeps its format', async (_format, type, encoder) => {
    const tagged = await encoder()
      .withExifMerge({ IFD0: { Make: 'ShopperPhone' }, ...GPS })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><note>home</note></x:xmpmeta>')
      .toBuffer();
    expect((await sharp(tagged).metadata()).exif).toBeDefined();

    const clean = await sharp(await withoutMetadata(tagged, type)).metadata();
    expect(clean).toMatchObject({ format: type.extension === 'jpg' ? 'jpeg' : type.extension, width: 30, height: 10 });
    expect(clean.exif).toBeUndefined();
    expect(clean.xmp).toBeUndefined();
  });

  it('turns a photo upright before its orientation tag is dropped', async () => {
    const sideways = await blank(30, 10).jpeg().withMetadata({ orientation: 8 }).toBuffer();
    const upright = await sharp(await withoutMetadata(sideways, JPEG)).metadata();
    expect(upright).toMatchObject({ width: 10, height: 30 });
    expect(upright.orientation).toBeUndefined();
  });

  it('refuses a file that only starts like an image with 415', async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    await expect(withoutMetadata(fake, PNG)).rejects.toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('refuses a picture with more pixels than any camera takes with 413, before decoding it', async () => {
    // A tiny PNG whose header claims 10000 × 5000 pixels, as a decompression bomb would.
    const huge = await blank(1, 1).png().toBuffer();
    huge.writeUInt32BE(10_000, 16);
    huge.writeUInt32BE(Math.ceil(MAX_IMAGE_PIXELS / 10_000) + 1, 20);
    huge.writeUInt32BE(crc32(huge.subarray(12, 29)), 29);
    await expect(withoutMetadata(huge, PNG)).rejects.toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });
});
