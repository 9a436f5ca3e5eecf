import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAppManifest, type AppManifest } from './app-manifest';
import { withPageHead, type PageHeadOf } from './storefront-head';
import { resizedImages } from './resized-images';

/** The three web apps, each a built Vite bundle served with a fallback to its index.html. */
export const WEB_APPS = [
  { name: 'console', mount: '/console' },
  { name: 'kiosk', mount: '/kiosk' },
  { name: 'storefront', mount: '/' },
] as const;

export interface WebServing {
  distDir: string;
  mediaDir: string;
  /** Where resized images are kept once made. */
  imageCacheDir: string;
  /** Title, share tags and preloads of a storefront page, written into its index.html; the manifest names its chunks. */
  storefrontHead: (manifest: AppManifest) => PageHeadOf;
}

export function serveWebApps(server: Express, { distDir, mediaDir, imageCacheDir, storefrontHead }: WebServing): { served: string[]; missing: string[] } {
  // Media files are named by the type verified at upload, so their extension gives the type; nosniff stops
  // browsers from guessing another one from the bytes.
  server.use('/media', resizedImages(mediaDir, imageCacheDir));
  server.use('/media', express.static(mediaDir, { maxAge: '1h', setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff') }));
  const served: string[] = [];
  const missing: string[] = [];
  for (const { name, mount } of WEB_APPS) {
    const root = join(distDir, name);
    const indexFile = join(root, 'index.html');
    if (!existsSync(indexFile)) {
      missing.push(name);
      server.get(mountPattern(mount), notApi((_req, res) => {
          res.status(503).type('text/plain; charset=utf-8').send(`${name} is not built: run npm run build`);
        }));
      continue;
    }
    served.push(name);
    const index = readFileSync(indexFile, 'utf8');
    const headOf = name === 'storefront' ? storefrontHead(readAppManifest(root, mount)) : null;
    // Hashed assets never change: cached for a year, as brotli or gzip when the browser takes it.
    server.use(
      mount,
      expressStaticGzip(root, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: { index: false, redirect: false, maxAge: '1y', immutable: true },
      }),
    );
    // index.html must always be fresh so new builds are picked up.
    server.get(
      mountPattern(mount),
      notApi(async (req, res) => {
        const html = headOf ? withPageHead(index, await headOf(req.path, req.query)) : index;
        res.setHeader('Cache-Control', 'no-cache');
        res.type('html').send(html);
      }),
    );
  }
  return { served, missing };
}

function mountPattern(mount: string): string[] {
  return mount === '/' ? ['/', '/{*rest}'] : [mount, `${mount}/{*rest}`];
}

/** API paths and anything else that is not a page request fall through to the API's own 404. */
function notApi(handler: (req: Request, res: Response) => void | Promise<void>) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/api' || req.path.startsWith('/api/') || !req.accepts('html')) return next();
    Promise.resolve(handler(req, res)).catch(next);
  };
}
