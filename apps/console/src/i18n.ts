import { defineMessages, mergeMessages } from '@bangfu/ui';
import { arbitrationMessages } from './features/arbitration/messages';
import { associationOrdersMessages } from './features/association-orders/messages';
import { ordersMessages } from './features/orders/messages';
import { refundsMessages } from './features/refunds/messages';
import { shippingMessages } from './features/shipping/messages';
import { stockMessages } from './features/stock/messages';
import { apiErrorMessages } from './lib/api-error-messages';

/** Keys of the shell and of what several features show; each feature brings its own under its own top-level key. */
const shell = defineMessages({
  'zh-CN': {
    nav: { menu: '菜单', overview: '概览', orders: '订单', refunds: '退款', stock: '库存', shipping: '运费设置', associationOrders: '全部订单', arbitration: '退款裁决' },
    login: { title: '登录控制台', audience: '供应商与协会工作人员使用' },
    overview: { account: '当前账户' },
    access: {
      deniedTitle: '无法使用控制台',
      deniedText: '控制台供供应商与协会工作人员使用；消费者请前往商城。',
      toStorefront: '前往商城',
      supplierOnlyTitle: '仅供应商可用',
      supplierOnlyText: '订单、退款、库存和运费由供应商账户管理。',
      staffOnlyTitle: '仅协会工作人员可用',
      staffOnlyText: '全部订单和退款裁决由消费帮扶协会工作人员查看和处理。',
    },
    /** Columns of a refund request shown to suppliers and to staff alike. */
    refundRequest: {
      id: '申请编号',
      order: '订单',
      createdAt: '申请时间',
      amount: '退款金额',
      quantity: '退货数量',
      pieces: '{{count}} 件',
      reason: '买家原因',
      photos: '买家凭证',
      photoAlt: '买家凭证 {{n}}',
      noPhotos: '无',
    },
  },
  en: {
    nav: { menu: 'Menu', overview: 'Overview', orders: 'Orders', refunds: 'Refunds', stock: 'Stock', shipping: 'Shipping fee', associationOrders: 'All orders', arbitration: 'Refund arbitration' },
    login: { title: 'Log in to the console', audience: 'For suppliers and association staff' },
    overview: { account: 'Signed in as' },
    access: {
      deniedTitle: 'This console is not for your account',
      deniedText: 'The console serves suppliers and association staff; shoppers can use the store.',
      toStorefront: 'Go to the store',
      supplierOnlyTitle: 'For suppliers only',
      supplierOnlyText: 'Orders, refunds, stock and shipping fees are managed from a supplier account.',
      staffOnlyTitle: 'For association staff only',
      staffOnlyText: 'All orders and refund arbitration are for the staff of the consumption assistance association.',
    },
    refundRequest: {
      id: 'Request',
      order: 'Order',
      createdAt: 'Requested at',
      amount: 'Amount',
      quantity: 'Items returned',
      pieces_one: '{{count}} item',
      pieces_other: '{{count}} items',
      reason: "Buyer's reason",
      photos: "Buyer's photos",
      photoAlt: "Buyer's photo {{n}}",
      noPhotos: 'None',
    },
  },
});

export const messages = mergeMessages(shell, apiErrorMessages, ordersMessages, refundsMessages, stockMessages, shippingMessages, arbitrationMessages, associationOrdersMessages);

declare module '@bangfu/ui' {
  interface AppMessagesRegister {
    messages: (typeof messages)['zh-CN'];
  }
}
