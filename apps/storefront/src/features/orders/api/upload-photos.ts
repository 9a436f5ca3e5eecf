import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../../lib/api-client';

/** What `POST /api/uploads` keeps as an image (purpose=image); checked here first so a wrong pick fails at once. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
/** RefundRequestCreate takes at most six photos. */
export const MAX_REFUND_PHOTOS = 6;

export interface PhotoUpload {
  key: number;
  name: string;
  /** An object URL of the chosen file, shown while it uploads. */
  preview: string;
  /** Share of the file sent, 0–1. */
  progress: number;
  /** The /media/… path the API stored it under. */
  path: string | null;
  error: unknown;
}

export interface PhotoRejection {
  name: string;
  problem: 'type' | 'size' | 'count';
}

interface Pending {
  file: File;
  controller: AbortController;
}

/** Photos chosen for a refund request, each uploaded as soon as it is picked; `paths` are the finished ones in order. */
export function usePhotoUploads() {
  const [photos, setPhotos] = useState<PhotoUpload[]>([]);
  const pending = useRef(new Map<number, Pending>());
  const previews = useRef(new Map<number, string>());
  const nextKey = useRef(1);

  const update = useCallback((key: number, change: Partial<PhotoUpload>) => {
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));
  }, []);

  const start = useCallback(
    (key: number, file: File) => {
      const controller = new AbortController();
      pending.current.set(key, { file, controller });
      update(key, { progress: 0, error: null });
      api
        .upload(file, 'image', { signal: controller.signal, onProgress: (progress) => update(key, { progress }) })
        .then((stored) => update(key, { path: stored.url, progress: 1 }))
        .catch((error: unknown) => {
          // A removed photo's cancelled upload is no failure.
          if (!controller.signal.aborted) update(key, { error });
        });
    },
    [update],
  );

  const add = (chosen: File[]): PhotoRejection[] => {
    const rejected: PhotoRejection[] = [];
    const accepted: { photo: PhotoUpload; file: File }[] = [];
    for (const file of chosen) {
      if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) rejected.push({ name: file.name, problem: 'type' });
      else if (file.size > MAX_PHOTO_BYTES) rejected.push({ name: file.name, problem: 'size' });
      else if (photos.length + accepted.length >= MAX_REFUND_PHOTOS) rejected.push({ name: file.name, problem: 'count' });
      else {
        const key = nextKey.current++;
        const preview = URL.createObjectURL(file);
        previews.current.set(key, preview);
        accepted.push({ photo: { key, name: file.name, preview, progress: 0, path: null, error: null }, file });
      }
    }
    setPhotos((list) => [...list, ...accepted.map((a) => a.photo)]);
    for (const { photo, file } of accepted) start(photo.key, file);
    return rejected;
  };

  const remove = (key: number) => {
    pending.current.get(key)?.controller.abort();
    pending.current.delete(key);
    const preview = previews.current.get(key);
    if (preview) URL.revokeObjectURL(preview);
    previews.current.delete(key);
    setPhotos((list) => list.filter((p) => p.key !== key));
  };

  const retry = (key: number) => {
    const file = pending.current.get(key)?.file;
    if (file) start(key, file);
  };

  // Leaving the form stops what is still uploading and frees the previews.
  useEffect(() => {
    const uploads = pending.current;
    const urls = previews.current;
    return () => {
      for (const { controller } of uploads.values()) controller.abort();
      for (const url of urls.values()) URL.revokeObjectURL(url);
      uploads.clear();
      urls.clear();
    };
  }, []);

  return {
    photos,
    add,
    remove,
    retry,
    paths: photos.flatMap((p) => (p.path ? [p.path] : [])),
    uploading: photos.some((p) => p.path === null && p.error === null),
    failed: photos.some((p) => p.error !== null),
    full: photos.length >= MAX_REFUND_PHOTOS,
  };
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>;
