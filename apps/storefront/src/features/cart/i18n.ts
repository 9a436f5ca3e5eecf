import { defineMessages } from '@bangfu/ui';

export const cartMessages = defineMessages({
  'zh-CN': {
    cart: {
      empty: '购物车是空的',
      goShopping: '去逛逛',
      select: '选择 {{name}}',
      selectAll: '全选',
      remove: '删除',
      gone: '已下架',
      full: '购物车最多 50 种商品，请先结算一部分',
      total: '合计',
      checkout: '去结算({{count}})',
      shippingNote: '不同供应商分别发货，运费按各供应商规则在下单时计算。',
    },
  },
  en: {
    cart: {
      empty: 'Your cart is empty',
      goShopping: 'Start shopping',
      select: 'Select {{name}}',
      selectAll: 'All',
      remove: 'Remove',
      gone: 'Delisted',
      full: 'A cart holds at most 50 products; check some out first',
      total: 'Total',
      checkout: 'Check out ({{count}})',
      shippingNote: 'Each supplier ships separately; shipping is set by each supplier’s rule when you order.',
    },
  },
});
