import { addMessages, defineMessages, mergeMessages } from '@bangfu/ui';
import { homeMessages } from './features/home/i18n';
import { searchMessages } from './features/search/i18n';
import type { pageMessages } from './page-messages';

/** Keys of the shell; each feature brings its own under its own top-level key. */
const shell = defineMessages({
  'zh-CN': {
    nav: { home: '首页', cart: '购物车', orders: '订单', me: '我的' },
    pages: {
      search: '搜索',
      product: '商品详情',
      supplier: '供应商',
      verify: '证书查验',
      cart: '购物车',
      checkout: '确认订单',
      orders: '我的订单',
      order: '订单详情',
      login: '登录',
      signup: '注册',
      forgotPassword: '找回密码',
      addresses: '收货地址',
      me: '我的',
    },
    actions: { back: '返回', home: '去首页看看' },
    me: { title: '我的账户', orders: '我的订单', addresses: '收货地址' },
  },
  en: {
    nav: { home: 'Home', cart: 'Cart', orders: 'Orders', me: 'Me' },
    pages: {
      search: 'Search',
      product: 'Product',
      supplier: 'Supplier',
      verify: 'Certificate check',
      cart: 'Cart',
      checkout: 'Confirm order',
      orders: 'My orders',
      order: 'Order',
      login: 'Log in',
      signup: 'Sign up',
      forgotPassword: 'Reset password',
      addresses: 'Addresses',
      me: 'Me',
    },
    actions: { back: 'Back', home: 'Go to the home page' },
    me: { title: 'My account', orders: 'My orders', addresses: 'Shipping addresses' },
  },
});

/** What the first page shows: the shell and the home page with its search box. */
export const messages = mergeMessages(shell, homeMessages, searchMessages);

let pageMessagesAdded: Promise<void> | undefined;

/** The other pages' texts, fetched once with the first of those pages (app/lazy-page.ts) and added to these. */
export function addPageMessages(): Promise<void> {
  pageMessagesAdded ??= import('./page-messages').then(({ pageMessages }) => addMessages(pageMessages));
  return pageMessagesAdded;
}

declare module '@bangfu/ui' {
  interface AppMessagesRegister {
    messages: (typeof messages)['zh-CN'] & (typeof pageMessages)['zh-CN'];
  }
}
