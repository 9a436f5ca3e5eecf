import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rolldown, type UserConfig } from 'vite';

const fromWorkspace = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Chunk groups an app adds between React and the rest of node_modules; earlier groups take a module first. */
export type AppChunkGroup = Omit<Rolldown.CodeSplittingGroup, 'priority'>;

export interface AppViteOptions {
  /** The folder under apps/ and under dist/apps/. */
  app: 'storefront' | 'console' | 'kiosk';
  /** Where the API serves the app. */
  base: '/' | `/${string}/`;
  chunkGroups?: AppChunkGroup[];
  /** In kB, as Vite counts them; 500 is Vite's own default. */
  chunkSizeWarningLimit?: number;
}

/** What every page of every app has; each index.html keeps only its viewport and title. */
const SHARED_HTML_TAGS: HtmlTagDescriptor[] = [
  { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
  { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head' },
  { tag: 'script', attrs: { type: 'module', src: '/src/main.tsx' }, injectTo: 'body' },
];

/** Runs before Vite reads the page, so the entry script it adds is bundled like one written in the file. */
const sharedHtml: Plugin = {
  name: 'bangfu-shared-html',
  transformIndexHtml: {
    order: 'pre',
    // An app whose page draws its first screen before the scripts come writes its own #root around it.
    handler: (html) => (html.includes('id="root"') ? SHARED_HTML_TAGS : [{ tag: 'div', attrs: { id: 'root' }, injectTo: 'body-prepend' }, ...SHARED_HTML_TAGS]),
  },
};

/** The Vite set-up of a browser app: sources of the libs, one output folder per app, the API proxied in dev. */
export function appViteConfig({ app, base, chunkGroups = [], chunkSizeWarningLimit = 500 }: AppViteOptions): UserConfig {
  const groups: AppChunkGroup[] = [
    { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
    // The QR encoder loads with the first QR code shown (libs/ui QrCode), never with the first screen.
    { name: 'qrcode', test: /node_modules[\\/](qrcode|dijkstrajs|pngjs)[\\/]/ },
    ...chunkGroups,
    { name: 'vendor', test: /node_modules[\\/]/ },
  ];
  return defineConfig({
    root: fromWorkspace(`apps/${app}`),
    base,
    // Text assets are compressed once at build; the API serves the .br or
    // .gz beside each file as the browser accepts (web/web-apps.ts). index.html is filled per request instead.
    plugins: [react(), sharedHtml, compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/index\.html$/, /\.vite[\\/]/], threshold: 1024 })],
    resolve: {
      alias: {
        '@bangfu/contracts': fromWorkspace('libs/contracts/src/index.ts'),
        '@bangfu/api-client': fromWorkspace('libs/api-client/src/index.ts'),
        '@bangfu/ui': fromWorkspace('libs/ui/src/index.ts'),
      },
    },
    build: {
      outDir: fromWorkspace(`dist/apps/${app}`),
      emptyOutDir: true,
      // The API reads it to preload a page's own chunks with the page (apps/api/src/web/app-manifest.ts).
      manifest: true,
      chunkSizeWarningLimit,
      rolldownOptions: {
        output: {
          // Libraries change far less often than the app: separate chunks stay cached across releases.
          codeSplitting: { groups: groups.map((group, index) => ({ ...group, priority: groups.length - 1 - index })) },
        },
      },
    },
    server: {
      proxy: { '/api': 'http://127.0.0.1:3000' },
    },
  });
}
