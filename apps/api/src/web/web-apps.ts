import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The three web apps, each a built Vite bundle served with a fallback to its index.html. */
export const WEB_APPS = [
  { name: 'console', mount: '/console' },
  { name: 'kiosk', mount: '/kiosk' },
  { name: 'storefront', mount: '/' },
] as const;

export function serveWebApps(server: Express, distDir: string, mediaDir: string): { served: string[]; missing: string[] } {
  // Media files are named by the type verified at upload, so their extension gives the type; nosniff stops
  // browsers from guessing another one from the bytes.
  server.use('/media', express.static(mediaDir, { maxAge: '1h', setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff') }));
  const served: string[] = [];
  const missing: string[] = [];
  for (const { name, mount } of WEB_APPS) {
    const root = join(distDir, name);
    const index = join(root, 'index.html');
    if (!existsSync(index)) {
      missing.push(name);
      server.get(mountPattern(mount), notApi((_req, res) => res.status(503).type('text/plain; charset=utf-8').send(`${name} is not built: run npm run build`)));
      continue;
    }
    served.push(name);
    // Hashed assets never change; index.html must always be fresh so new builds are picked up.
    server.use(mount, express.static(root, { index: false, redirect: false, maxAge: '1y', immutable: true }));
    server.get(mountPattern(mount), notApi((_req, res) => res.setHeader('Cache-Control', 'no-cache').sendFile(index)));
  }
  return { served, missing };
}

function mountPattern(mount: string): string[] {
  return mount === '/' ? ['/', '/{*rest}'] : [mount, `${mount}/{*rest}`];
}

/** API paths and anything else that is not a page request fall through to the API's own 404. */
function notApi(handler: (req: Request, res: Response) => void) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/api' || req.path.startsWith('/api/') || !req.accepts('html')) return next();
    handler(req, res);
  };
}
