import type { Language, Messages } from '@bangfu/ui';

export const messages: Record<Language, Messages> = {
  'zh-CN': {
    nav: { overview: '概览' },
    login: { title: '登录控制台', audience: '供应商与协会工作人员使用' },
    overview: { account: '当前账户' },
    access: {
      deniedTitle: '无法使用控制台',
      deniedText: '控制台供供应商与协会工作人员使用；消费者请前往商城。',
      toStorefront: '前往商城',
    },
  },
  en: {
    nav: { overview: 'Overview' },
    login: { title: 'Log in to the console', audience: 'For suppliers and association staff' },
    overview: { account: 'Signed in as' },
    access: {
      deniedTitle: 'This console is not for your account',
      deniedText: 'The console serves suppliers and association staff; shoppers can use the store.',
      toStorefront: 'Go to the store',
    },
  },
};
