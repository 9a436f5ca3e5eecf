import Steps from 'antd-mobile/es/components/steps';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, type TimelineEntry } from '@bangfu/contracts';
import { timelineReason } from '@bangfu/ui';

function TimelineReason({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const reason = timelineReason(entry, t, (code) => t(`carriers.${code}`, { defaultValue: code }));
  return reason ? <span className="timeline-reason">{reason}</span> : null;
}

/** Every move of the order, newest first: from → to, when, by whom and why. */
export function OrderTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  const { t } = useTranslation();
  const entries = [...timeline].reverse();
  return (
    <section className="section order-timeline">
      <h2>{t('orders.timeline')}</h2>
      <Steps direction="vertical" current={0}>
        {entries.map((entry, i) => (
          <Steps.Step
            key={`${entry.at}-${i}`}
            status={i === 0 ? 'process' : 'finish'}
            title={
              entry.from
                ? t('orders.moved', { from: t(`orders.status.${entry.from}`), to: t(`orders.status.${entry.to}`) })
                : t('orders.created')
            }
            description={
              <>
                <span className="timeline-meta">
                  {formatChinaTime(entry.at)} · {t(`orders.actors.${entry.actor}`)}
                </span>
                <TimelineReason entry={entry} />
              </>
            }
          />
        ))}
      </Steps>
    </section>
  );
}
