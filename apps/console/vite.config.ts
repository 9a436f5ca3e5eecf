import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

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
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|stylis)[\\/]/ },
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
