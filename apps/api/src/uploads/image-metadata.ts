import sharp from 'sharp';
import { AppError } from '../common/app-error';
import type { SniffedType } from './file-signature';

/** About 8000 × 5000: more than any phone camera, far less than what a crafted 2 MB file can claim to hold. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * The picture re-encoded without its metadata: public photos must not carry the EXIF GPS position of a
 * shopper's home, the camera's serial number or XMP notes. The EXIF orientation is applied to the pixels
 * first, since it goes with the rest of the metadata. A file that only starts like an image is refused.
 */
export async function withoutMetadata(data: Buffer, type: SniffedType): Promise<Buffer> {
  const image = sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).autoOrient();
  if (type.contentType === 'image/jpeg') image.jpeg({ quality: 90 });
  else if (type.contentType === 'image/png') image.png();
  else if (type.contentType === 'image/webp') image.webp({ quality: 90 });
  else throw new Error(`${type.contentType} is not an image`);
  try {
    return await image.toBuffer();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new AppError(413, 'PAYLOAD_TOO_LARGE', `An image may have at most ${MAX_IMAGE_PIXELS} pixels`);
    }
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `The file is not a readable ${type.contentType} image`, [
      { field: 'file', message: 'content could not be decoded' },
    ]);
  }
}
