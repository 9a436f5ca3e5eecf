import { appViteConfig } from '@bangfu/ui/vite/app-config';

const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|stylis)[\\/]/;

export default appViteConfig({
  app: 'console',
  base: '/console/',
  // antd's core with its two locales is ~520 kB minified on its own; the limit still flags growth beyond that.
  chunkSizeWarningLimit: 600,
  chunkGroups: [
    // What the first screen needs (login, overview) …
    { name: 'antd', test: ANTD, tags: ['$initial'] },
    // … apart from the tables, pickers and drawers of the supplier pages, which load with those lazy routes,
    { name: 'antd-pages', test: ANTD },
    // … and the date library of those pickers (with its Chinese month names), which would otherwise join the
    // vendor chunk every page loads first.
    { name: 'dates', test: /node_modules[\\/]dayjs[\\/]/ },
  ],
});
