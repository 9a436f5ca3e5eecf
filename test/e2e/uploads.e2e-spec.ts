import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { UploadEntity } from '../../apps/api/src/uploads/upload.entity';
import { UPLOAD_QUOTA_BYTES, UPLOAD_QUOTA_FILES, UPLOAD_QUOTA_WINDOW_MS } from '../../apps/api/src/uploads/uploads.service';
import { appWithStaff, auth, nextPhone } from '../support/certification';
import { signIn, TEST_DB, type TestApp } from '../support/test-app';

/** Starts like a PDF, so it passes the signature check, and is a page if a browser ever renders it as HTML. */
const PDF_POLYGLOT = Buffer.from('%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n');

/** A 40 × 20 photo taken "turned on its side" (EXIF orientation 6) at a shopper's home in Hanzhong. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'ShopperPhone', Model: 'Camera-SN-0042' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 4/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '107/1 1/1 3456/100' },
    })
    .toBuffer();
}

/** The GPS IFD pointer tag (0x8825) in either byte order: EXIF that can locate the photo. */
const hasGpsTag = (exif: Buffer) => exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

function expectErrorShape(res: Response, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String), requestId: expect.any(String) }) });
}

describe(`uploads on ${TEST_DB}`, () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => ({ t, staff } = await appWithStaff()));
  afterAll(() => t.close());

  const upload = (token: string, purpose: 'document' | 'image', data: Buffer, fileName: string) =>
    t.http.post('/api/uploads').set(auth(token)).field('purpose', purpose).attach('file', data, fileName);

  it('serves a document with the type its content proved, as a download, never as the name says', async () => {
    const supplier = await signIn(t, nextPhone(), 'supplier');
    const stored = await upload(supplier.token, 'document', PDF_POLYGLOT, 'x.html').expect(201);
    const served = await t.http.get(stored.body.url).set(auth(staff)).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toBe('attachment; filename="x.html.pdf"');
    expect(served.headers['cache-control']).toBe('private, no-cache');
    expect(stored.body).toMatchObject({ contentType: 'application/pdf', fileName: 'x.html.pdf' });

    const page = await upload(supplier.token, 'document', Buffer.from('<!doctype html><script>alert(1)</script>'), 'licence.pdf');
    expectErrorShape(page, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(page.body.error.details).toEqual([{ field: 'file', message: 'content is not a recognised type' }]);
  });

  it('keeps Chinese file names as typed, without the folders a client may send', async () => {
    const supplier = await signIn(t, nextPhone(), 'supplier');
    const stored = await upload(supplier.token, 'document', PDF_POLYGLOT, '营业执照（正本）.pdf').expect(201);
    expect(stored.body.fileName).toBe('营业执照（正本）.pdf');
    const served = await t.http.get(stored.body.url).set(auth(supplier.token)).buffer(true).expect(200);
    expect(served.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('营业执照（正本）.pdf')}`);

    const windows = await upload(supplier.token, 'document', PDF_POLYGLOT, 'C:\\Users\\王芳\\Desktop\\食品经营许可证.pdf').expect(201);
    expect(windows.body.fileName).toBe('食品经营许可证.pdf');
    const long = await upload(supplier.token, 'document', PDF_POLYGLOT, `${'汉中'.repeat(150)}.pdf`).expect(201);
    expect(Array.from(long.body.fileName as string)).toHaveLength(100);
    expect(long.body.fileName).toMatch(/^(汉中)+\.pdf$/);
  });

  it('answers 404 in the error shape when a document lost its file', async () => {
    const supplier = await signIn(t, nextPhone(), 'supplier');
    const stored = await upload(supplier.token, 'document', PDF_POLYGLOT, 'licence.pdf').expect(201);
    const row = await t.db.manager.findOneByOrFail(UploadEntity, { id: stored.body.id });
    await unlink(join(t.config.dataDir, row.storagePath));

    const res = await t.http.get(stored.body.url).set(auth(staff));
    expectErrorShape(res, 404, 'NOT_FOUND');
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('limits each account to a quota of files and bytes over a rolling day', async () => {
    const shopper = await signIn(t, nextPhone());
    const photo = await photoWithGps();
    const earlier = (ms: number) => new Date(Date.now() - ms);
    const recent = (count: number, size: number, createdAt: Date) =>
      Array.from({ length: count }, (_, i) => ({
        ownerUserId: shopper.userId,
        purpose: 'image' as const,
        fileName: `old-${i}.jpg`,
        contentType: 'image/jpeg',
        size,
        storagePath: `media/uploads/old-${i}.jpg`,
        createdAt,
      }));
    await t.db.manager.insert(UploadEntity, recent(UPLOAD_QUOTA_FILES - 1, 1000, earlier(60 * 60 * 1000)));
    await upload(shopper.token, 'image', photo, 'last.jpg').expect(201);

    const full = await upload(shopper.token, 'image', photo, 'one-too-many.jpg');
    expectErrorShape(full, 429, 'UPLOAD_QUOTA_EXCEEDED');
    expect(full.body.error.details).toMatchObject({ files: UPLOAD_QUOTA_FILES, maxFiles: UPLOAD_QUOTA_FILES, maxBytes: UPLOAD_QUOTA_BYTES });
    // The oldest upload of the window, an hour old, leaves it in 23 hours.
    expect(full.body.error.details.retryAfterSeconds).toBeGreaterThan(22 * 3600);
    expect(full.body.error.details.retryAfterSeconds).toBeLessThanOrEqual(23 * 3600);

    // A day later the same account may upload again.
    await t.db.manager.update(UploadEntity, { ownerUserId: shopper.userId }, { createdAt: earlier(UPLOAD_QUOTA_WINDOW_MS + 60_000) });
    await upload(shopper.token, 'image', photo, 'next-day.jpg').expect(201);

    const heavy = await signIn(t, nextPhone(), 'supplier');
    await t.db.manager.insert(UploadEntity, { ...recent(1, UPLOAD_QUOTA_BYTES - 10, earlier(1000))[0], ownerUserId: heavy.userId });
    expectErrorShape(await upload(heavy.token, 'document', PDF_POLYGLOT, 'licence.pdf'), 429, 'UPLOAD_QUOTA_EXCEEDED');
    // The quota is the account's own: others are not held back by it.
    await upload(shopper.token, 'document', PDF_POLYGLOT, 'licence.pdf').expect(201);
  });

  it('refuses a single file over the size limit with 413 in the error shape', async () => {
    const shopper = await signIn(t, nextPhone());
    const huge = Buffer.concat([await photoWithGps(), Buffer.alloc(2 * 1024 * 1024)]);
    expectErrorShape(await upload(shopper.token, 'image', huge, 'huge.jpg'), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('strips EXIF and GPS from public photos, turning them upright first', async () => {
    const shopper = await signIn(t, nextPhone());
    const photo = await photoWithGps();
    const original = await sharp(photo).metadata();
    expect(original.exif && hasGpsTag(original.exif)).toBe(true);
    expect(original.orientation).toBe(6);

    const stored = await upload(shopper.token, 'image', photo, '破损的罐子.jpg').expect(201);
    expect(stored.body).toMatchObject({ contentType: 'image/jpeg', url: expect.stringMatching(/^\/media\/uploads\/[\w-]+\.jpg$/) });
    const served = await t.http.get(stored.body.url).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['x-content-type-options']).toBe('nosniff');

    const kept = await sharp(served.body as Buffer).metadata();
    expect(kept.exif).toBeUndefined();
    expect(kept.xmp).toBeUndefined();
    expect(kept.orientation).toBeUndefined();
    expect(served.body.includes(Buffer.from('ShopperPhone'))).toBe(false);
    expect([kept.width, kept.height]).toEqual([20, 40]);
    expect(stored.body.size).toBe(served.body.length);
  });

  it('refuses a file that only starts like a picture', async () => {
    const shopper = await signIn(t, nextPhone());
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    expectErrorShape(await upload(shopper.token, 'image', fake, 'fake.jpg'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
