import { defineMessages } from '@bangfu/ui';

/** Codes worded for the console's suppliers and staff where the shared words suit shoppers; the API's own message is shown beneath. */
export const apiErrorMessages = defineMessages({
  'zh-CN': {
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
});
