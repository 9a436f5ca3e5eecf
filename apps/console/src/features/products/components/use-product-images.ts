import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorLine } from '../../../lib/use-api-error-text';
import { uploadProductImage } from '../api/upload-product-image';
import { MAX_IMAGES } from '../product-form-values';

/** A picture of the product: saved or uploaded (`url`), or still on its way, shown from the file meanwhile. */
export interface ProductImageItem {
  key: string;
  /** The `/media/…` path once uploaded. */
  url: string | null;
  /** What the tile shows: the URL, or the picked file until its upload finishes. */
  preview: string;
  /** 0–1 while uploading. */
  progress: number;
  error: string | null;
}

export interface ProductImages {
  items: ProductImageItem[];
  /** The uploaded pictures in their order, the first being the cover. */
  urls: string[];
  /** True while a picture is uploading or one failed: saving would silently drop it. */
  busy: boolean;
  /** Why the last pick was cut short, e.g. too many pictures. */
  notice: string | null;
  add: (files: File[]) => void;
  move: (key: string, by: -1 | 1) => void;
  remove: (key: string) => void;
}

let nextKey = 0;
const saved = (url: string): ProductImageItem => ({ key: `image-${nextKey++}`, url, preview: url, progress: 1, error: null });

/** Uploads picked files at once, each with its own progress, and keeps the order the supplier gives them. */
export function useProductImages(initial: string[]): ProductImages {
  const { t } = useTranslation();
  const errorLine = useApiErrorLine();
  const [items, setItems] = useState<ProductImageItem[]>(() => initial.map(saved));
  const [notice, setNotice] = useState<string | null>(null);
  const controllers = useRef(new Map<string, AbortController>());

  const update = useCallback((key: string, change: Partial<ProductImageItem>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i))), []);

  // Uploads still running when the editor closes are cancelled.
  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const add = (files: File[]) => {
    const room = MAX_IMAGES - items.length;
    setNotice(files.length > room ? t('productEditor.imagesTooMany', { max: MAX_IMAGES }) : null);
    const picked = files.slice(0, Math.max(0, room)).map((file) => ({ file, item: { key: `image-${nextKey++}`, url: null, preview: URL.createObjectURL(file), progress: 0, error: null } }));
    setItems((list) => [...list, ...picked.map((p) => p.item)]);
    for (const { file, item } of picked) {
      const controller = new AbortController();
      controllers.current.set(item.key, controller);
      uploadProductImage(file, (progress) => update(item.key, { progress }), controller.signal)
        .then((upload) => {
          URL.revokeObjectURL(item.preview);
          update(item.key, { url: upload.url, preview: upload.url, progress: 1 });
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) update(item.key, { error: errorLine(error) });
        })
        .finally(() => controllers.current.delete(item.key));
    }
  };

  const move = (key: string, by: -1 | 1) =>
    setItems((list) => {
      const from = list.findIndex((i) => i.key === key);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return list;
      const next = [...list];
      [next[from], next[to]] = [next[to], next[from]];
      return next;
    });

  const remove = (key: string) => {
    controllers.current.get(key)?.abort();
    setItems((list) => {
      const gone = list.find((i) => i.key === key);
      if (gone && gone.url === null) URL.revokeObjectURL(gone.preview);
      return list.filter((i) => i.key !== key);
    });
    setNotice(null);
  };

  return {
    items,
    urls: items.flatMap((i) => (i.url ? [i.url] : [])),
    busy: items.some((i) => i.url === null),
    notice,
    add,
    move,
    remove,
  };
}
