import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A chunk of Vite's build manifest (`.vite/manifest.json`), keyed by the source module it was built from. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface AppManifest {
  /** The script files (as URLs under the app's mount) a source module needs beyond what the entry already loads. */
  chunksOf(sources: readonly string[]): string[];
}

/** An app's build manifest; an app built without one (or a source it does not name) preloads nothing. */
export function readAppManifest(appDir: string, base: string): AppManifest {
  const file = join(appDir, '.vite', 'manifest.json');
  const chunks: Record<string, ManifestChunk> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const closure = (keys: readonly string[], into = new Set<string>()): Set<string> => {
    for (const key of keys) {
      if (into.has(key) || !chunks[key]) continue;
      into.add(key);
      closure(chunks[key].imports ?? [], into);
    }
    return into;
  };
  const loadedFirst = closure(Object.keys(chunks).filter((key) => chunks[key].isEntry));
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    chunksOf: (sources) => [...closure(sources)].filter((key) => !loadedFirst.has(key)).map((key) => `${prefix}${chunks[key].file}`),
  };
}
