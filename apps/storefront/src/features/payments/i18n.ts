import { defineMessages } from '@bangfu/ui';

export const paymentMessages = defineMessages({
  'zh-CN': {
    payment: {
      checking: '正在查询支付结果…',
      waiting: '等待支付结果',
      amount: '应付金额',
      updatesItself: '付款完成后，本页会自动更新',
      succeeded: '支付成功，商家将尽快发货',
      closed: '支付未完成，订单已关闭',
    },
  },
  en: {
    payment: {
      checking: 'Checking the payment…',
      waiting: 'Waiting for the payment result',
      amount: 'Amount due',
      updatesItself: 'This page updates by itself once you have paid',
      succeeded: 'Paid. The supplier will ship soon.',
      closed: 'Not paid; the order has been closed',
    },
  },
});
