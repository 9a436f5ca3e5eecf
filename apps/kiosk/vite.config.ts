import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromHere('.'),
  base: '/kiosk/',
  plugins: [react()],
  resolve: {
    alias: {
      '@bangfu/contracts': fromHere('../../libs/contracts/src/index.ts'),
      '@bangfu/api-client': fromHere('../../libs/api-client/src/index.ts'),
      '@bangfu/ui': fromHere('../../libs/ui/src/index.ts'),
    },
  },
  build: {
    outDir: fromHere('../../dist/apps/kiosk'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
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
