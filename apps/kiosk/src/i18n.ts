import { defineMessages } from '@bangfu/ui';

export const messages = defineMessages({
  'zh-CN': {
    welcome: {
      title: '扫码支付宝购买',
      subtitle: '汉中认定帮扶产品，助力乡村增收',
      steps: { pick: '选购商品', scan: '支付宝扫码付款', take: '取走商品' },
    },
  },
  en: {
    welcome: {
      title: 'Scan with Alipay to buy',
      subtitle: 'Certified assistance products from Hanzhong, raising rural incomes',
      steps: { pick: 'Choose your goods', scan: 'Scan and pay with Alipay', take: 'Take your goods' },
    },
  },
});

declare module '@bangfu/ui' {
  interface AppMessagesRegister {
    messages: (typeof messages)['zh-CN'];
  }
}
