import { z } from 'zod';

/**
 * Our own media paths only: images are uploaded first with POST /api/uploads (purpose "image"). No segment may
 * be empty or start with a dot, so `..`, `//` and hidden files are out; `%` and `\` are not in the alphabet, so
 * neither are encoded or Windows-style traversals.
 */
export const ImageUrl = z
  .string()
  .max(207)
  .regex(/^\/media(?:\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$/, 'must be a /media/… path returned by an upload');

/** Widths a raster /media image is served at as WebP (`?w=`), for `srcset`. */
export const IMAGE_WIDTHS = [160, 320, 480, 640, 960] as const;

export interface ImageSources {
  src: string;
  srcSet?: string;
  sizes?: string;
}

/** Uploaded raster images are served at IMAGE_WIDTHS as WebP (`?w=`); an SVG comes as it is at any width. */
function isResizable(url: string): boolean {
  return url.startsWith('/media/') && !/\.svg$/i.test(url);
}

/**
 * `src`, `srcSet` and `sizes` for a /media image laid out `width` CSS pixels wide (or as `sizes` says): the
 * browser fetches the smallest width that is sharp on its screen, and `src` serves a double-density screen
 * where srcset is not read. Other URLs are left as they are. The server preloads a page's first picture with
 * the same sources, so the browser takes the preloaded one.
 */
export function imageSources(url: string, width: number, sizes = `${width}px`): ImageSources {
  if (!isResizable(url)) return { src: url };
  const sharp = IMAGE_WIDTHS.find((w) => w >= width * 2) ?? IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
  return {
    src: `${url}?w=${sharp}`,
    srcSet: IMAGE_WIDTHS.map((w) => `${url}?w=${w} ${w}w`).join(', '),
    sizes,
  };
}

/** How the storefront lays out product pictures: their width in CSS pixels on a phone, and `sizes` where it varies. */
export const STOREFRONT_IMAGES = {
  /** Home page tiles: two to a row, or a little over two in the featured strip. */
  tile: { width: 160, sizes: '(min-width: 600px) 160px, 45vw' },
  /** Search results and a supplier's products. */
  card: { width: 96, sizes: '96px' },
  /** The product page's gallery, the full width of the screen. */
  gallery: { width: 390, sizes: '100vw' },
  /** Home page banners, the full width of the screen. */
  banner: { width: 366, sizes: '100vw' },
} as const;
