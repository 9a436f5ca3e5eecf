import { api } from '../../../lib/api-client';

/**
 * One picture to `POST /api/uploads`; its `/media/…` URL then goes into the product's images. A plain call rather
 * than a mutation hook: several pictures upload at once, each with its own progress.
 */
export function uploadProductImage(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal) {
  return api.upload(file, 'image', { onProgress, signal });
}
