import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import sharp from 'sharp';
import { IMAGE_WIDTHS } from '@bangfu/contracts';

const RASTER = new Set(['.jpg', '.jpeg', '.png', '.webp']);

/**
 * `/media/…?w=320`: a raster image at that width as WebP, made once and kept under the cache folder; vector
 * images and requests without `w` go on to the files themselves. Widths are a fixed set, so the cache stays
 * bounded and no one can make the server render arbitrary sizes.
 */
export function resizedImages(mediaDir: string, cacheDir: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const width = req.query.w;
    if (width === undefined) return next();
    const path = normalize(decodeURIComponent(req.path));
    if (!RASTER.has(extname(path).toLowerCase())) return next();
    if (typeof width !== 'string' || !IMAGE_WIDTHS.includes(Number(width) as (typeof IMAGE_WIDTHS)[number])) {
      res.status(400).json({ error: { code: 'VALIDATION_FAILED', message: `w must be one of ${IMAGE_WIDTHS.join(', ')}` } });
      return;
    }
    const source = join(mediaDir, path);
    if (!source.startsWith(mediaDir + sep) || !existsSync(source)) return next();
    const target = join(cacheDir, width, `${path}.webp`);
    try {
      if (!existsSync(target)) {
        await mkdir(dirname(target), { recursive: true });
        // Written aside and renamed, so a request arriving meanwhile never reads half a file.
        const partial = `${target}.${process.pid}.${Date.now()}.part`;
        await sharp(source).rotate().resize({ width: Number(width), withoutEnlargement: true }).webp({ quality: 78 }).toFile(partial);
        await rename(partial, target);
      }
    } catch (error) {
      return next(error);
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.sendFile(target, { maxAge: '30d', headers: { 'Content-Type': 'image/webp' } });
  };
}
