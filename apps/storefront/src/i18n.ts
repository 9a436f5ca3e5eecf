import type { Language, Messages } from '@bangfu/ui';

export const messages: Record<Language, Messages> = {
  'zh-CN': {
    nav: { home: '首页', me: '我的' },
    home: { counties: '产地区县' },
    login: { title: '账号登录', phonePlaceholder: '请输入手机号', passwordPlaceholder: '请输入密码' },
    me: { title: '我的账户' },
  },
  en: {
    nav: { home: 'Home', me: 'Me' },
    home: { counties: 'Counties of origin' },
    login: { title: 'Log in to your account', phonePlaceholder: 'Mobile number', passwordPlaceholder: 'Password' },
    me: { title: 'My account' },
  },
};
