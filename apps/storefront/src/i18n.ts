import { defineMessages, mergeMessages } from '@bangfu/ui';
import { cartMessages } from './features/cart/i18n';
import { checkoutMessages } from './features/checkout/i18n';
import { orderMessages } from './features/orders/i18n';
import { paymentMessages } from './features/payments/i18n';
import { productMessages } from './features/products/i18n';
import { searchMessages } from './features/search/i18n';

/** Keys of the shell; each feature brings its own under its own top-level key. */
const shell = defineMessages({
  'zh-CN': {
    nav: { home: '首页', cart: '购物车', orders: '订单', me: '我的' },
    pages: {
      search: '搜索',
      product: '商品详情',
      supplier: '供应商',
      cart: '购物车',
      checkout: '确认订单',
      orders: '我的订单',
      order: '订单详情',
      login: '登录',
      me: '我的',
    },
    actions: { back: '返回' },
    home: { counties: '产地区县' },
    login: { title: '账号登录', phonePlaceholder: '请输入手机号', passwordPlaceholder: '请输入密码' },
    me: { title: '我的账户', orders: '我的订单' },
  },
  en: {
    nav: { home: 'Home', cart: 'Cart', orders: 'Orders', me: 'Me' },
    pages: {
      search: 'Search',
      product: 'Product',
      supplier: 'Supplier',
      cart: 'Cart',
      checkout: 'Confirm order',
      orders: 'My orders',
      order: 'Order',
      login: 'Log in',
      me: 'Me',
    },
    actions: { back: 'Back' },
    home: { counties: 'Counties of origin' },
    login: { title: 'Log in to your account', phonePlaceholder: 'Mobile number', passwordPlaceholder: 'Password' },
    me: { title: 'My account', orders: 'My orders' },
  },
});

export const messages = mergeMessages(shell, searchMessages, productMessages, cartMessages, checkoutMessages, paymentMessages, orderMessages);

declare module '@bangfu/ui' {
  interface AppMessagesRegister {
    messages: (typeof messages)['zh-CN'];
  }
}
