import type { Application } from 'express';

interface RouteLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  match(path: string): unknown;
}

/** The methods the app's routes answer at this path: a wrong method is a 405 naming them, not a 404. */
export function allowedMethods(app: Application, path: string): string[] {
  const stack = (app.router as unknown as { stack: RouteLayer[] }).stack;
  const methods = new Set<string>();
  for (const layer of stack) {
    // Catch-alls (the apps' fallback page, the API's own 404) say nothing about which methods a path has.
    if (!layer.route || [layer.route.path].flat().some((p) => p.includes('*')) || !layer.match(path)) continue;
    for (const [method, on] of Object.entries(layer.route.methods)) if (on) methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
