import type { Language, Messages } from '@bangfu/ui';
import { arbitrationMessages } from './features/arbitration/messages';
import { associationOrdersMessages } from './features/association-orders/messages';
import { ordersMessages } from './features/orders/messages';
import { refundsMessages } from './features/refunds/messages';
import { shippingMessages } from './features/shipping/messages';
import { stockMessages } from './features/stock/messages';

const consoleMessages: Record<Language, Messages> = {
  'zh-CN': {
    nav: { overview: '概览', orders: '订单', refunds: '退款', stock: '库存', shipping: '运费设置', associationOrders: '全部订单', arbitration: '退款裁决' },
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
    /** Codes the shared messages do not know; the API's own message is shown beneath. */
    apiErrors: {
      ILLEGAL_TRANSITION: '订单当前状态不允许这样操作',
      ORDER_STATE_CONFLICT: '订单状态刚刚发生了变化，请刷新后再试',
      STOCK_INSUFFICIENT: '库存不足',
      REFUND_STATE_CONFLICT: '退款申请状态已变化，请刷新后再试',
      NOTHING_TO_REFUND: '这笔订单已全部退款',
      CONFLICT: '操作冲突，请刷新后再试',
      INVALID_RESPONSE: '服务器返回的数据格式不正确',
    },
  },
  en: {
    nav: { overview: 'Overview', orders: 'Orders', refunds: 'Refunds', stock: 'Stock', shipping: 'Shipping fee', associationOrders: 'All orders', arbitration: 'Refund arbitration' },
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
    apiErrors: {
      ILLEGAL_TRANSITION: 'The order is not in a state that allows this',
      ORDER_STATE_CONFLICT: 'The order changed just now; refresh and try again',
      STOCK_INSUFFICIENT: 'Not enough stock',
      REFUND_STATE_CONFLICT: 'The refund request changed; refresh and try again',
      NOTHING_TO_REFUND: 'Everything in this order has been refunded',
      CONFLICT: 'Conflicting change; refresh and try again',
      INVALID_RESPONSE: 'The server answered in an unexpected shape',
    },
  },
};

const FEATURES = [ordersMessages, refundsMessages, stockMessages, shippingMessages, arbitrationMessages, associationOrdersMessages];

/** Each screen's text lives with its feature; top-level keys must not collide, which `merge` checks. */
function merge(language: Language): Messages {
  const merged: Messages = { ...consoleMessages[language] };
  for (const feature of FEATURES) {
    for (const [key, value] of Object.entries(feature[language])) {
      if (key in merged) throw new Error(`i18n: "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}

export const messages: Record<Language, Messages> = { 'zh-CN': merge('zh-CN'), en: merge('en') };
