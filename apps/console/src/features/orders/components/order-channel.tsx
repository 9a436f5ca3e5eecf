import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@bangfu/contracts';

/** Where the order was placed, and the village point or livestream it is credited to. */
export function OrderChannel({ order }: { order: Pick<OrderSummary, 'channel' | 'ref'> }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`channels.${order.channel}`)}
      {order.ref && <Typography.Text type="secondary"> · {order.ref}</Typography.Text>}
    </>
  );
}
