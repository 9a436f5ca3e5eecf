import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|stylis)[\\/]/;

export default defineConfig({
  root: fromHere('.'),
  base: '/console/',
  plugins: [react()],
  resolve: {
    alias: {
      '@bangfu/contracts': fromHere('../../libs/contracts/src/index.ts'),
      '@bangfu/api-client': fromHere('../../libs/api-client/src/index.ts'),
      '@bangfu/ui': fromHere('../../libs/ui/src/index.ts'),
    },
  },
  build: {
    outDir: fromHere('../../dist/apps/console'),
    emptyOutDir: true,
    // antd's core with its two locales is ~520 kB minified on its own; the limit still flags growth beyond that.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', priority: 3, test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            // What the first screen needs (login, overview) …
            { name: 'antd', priority: 2, test: ANTD, tags: ['$initial'] },
            // … apart from the tables, pickers and drawers of the supplier pages, which load with those lazy routes.
            { name: 'antd-pages', priority: 1, test: ANTD },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
