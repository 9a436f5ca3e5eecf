import type { Role } from '@bangfu/contracts';

export const DEMO_PASSWORD = 'demo1234';

export interface DemoAccount {
  role: Role;
  phone: string;
  name: string;
}

/** The accounts API.md promises; the supplier one acts for the first demo supplier. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'admin', phone: '13800000000', name: '平台管理员' },
  { role: 'staff', phone: '13800000001', name: '周敏' },
  { role: 'supplier', phone: '13800000002', name: '王建军' },
  { role: 'shopper', phone: '13800000003', name: '张晓雨' },
];
