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
