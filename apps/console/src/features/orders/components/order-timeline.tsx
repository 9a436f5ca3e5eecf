import { formatChinaTime, type OrderStatus, type TimelineEntry } from '@bangfu/contracts';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { timelineReason } from '@bangfu/ui';
import { carrierName } from './carrier-name';

const DOT: Partial<Record<OrderStatus, string>> = { cancelled: 'gray', refunding: 'red', refunded: 'red', completed: 'green' };

function Reason({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const reason = timelineReason(entry, t, (code) => carrierName(t, code));
  return reason ? <> · {reason}</> : null;
}

/** Every move of the order: from → to, when, by whom and why. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      className="order-timeline"
      items={entries.map((entry, i) => ({
        key: i,
        color: DOT[entry.to] ?? 'blue',
        title: formatChinaTime(entry.at),
        content: (
          <>
            <Typography.Text strong>
              {entry.from ? `${t(`orderStatus.${entry.from}`)} → ${t(`orderStatus.${entry.to}`)}` : `${t('orderDetail.created')} → ${t(`orderStatus.${entry.to}`)}`}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {t(`actors.${entry.actor}`)}
                <Reason entry={entry} />
              </Typography.Text>
            </div>
          </>
        ),
      }))}
    />
  );
}
