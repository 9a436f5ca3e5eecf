import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, type OrderStatus } from '@bangfu/contracts';

const ALL = 'all';

/** A tab for every order state, and "all" first. */
export function OrderStatusTabs({ value, onChange }: { value: OrderStatus | undefined; onChange: (status: OrderStatus | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={value ?? ALL}
      onChange={(key) => onChange(key === ALL ? undefined : (key as OrderStatus))}
      items={[
        { key: ALL, label: t('orders.statusAll') },
        ...ORDER_STATUSES.map((status) => ({ key: status, label: t(`orderStatus.${status}`) })),
      ]}
    />
  );
}
