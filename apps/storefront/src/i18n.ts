import { defineMessages, mergeMessages } from '@bangfu/ui';
import { addressMessages } from './features/addresses/i18n';
import { authMessages } from './features/auth/i18n';
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
      signup: '注册',
      forgotPassword: '找回密码',
      addresses: '收货地址',
      me: '我的',
    },
    actions: { back: '返回' },
    home: { counties: '产地区县' },
    me: { title: '我的账户', orders: '我的订单', addresses: '收货地址' },
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
      signup: 'Sign up',
      forgotPassword: 'Reset password',
      addresses: 'Addresses',
      me: 'Me',
    },
    actions: { back: 'Back' },
    home: { counties: 'Counties of origin' },
    me: { title: 'My account', orders: 'My orders', addresses: 'Shipping addresses' },
  },
});

export const messages = mergeMessages(shell, authMessages, addressMessages, searchMessages, productMessages, cartMessages, checkoutMessages, paymentMessages, orderMessages);

declare module '@bangfu/ui' {
  interface AppMessagesRegister {
    messages: (typeof messages)['zh-CN'];
  }
}
