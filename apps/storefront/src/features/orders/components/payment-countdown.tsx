import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../../lib/format-time';
import { useNow } from '../../../lib/use-now';

/** Time left to pay; when it runs out the order is cancelled by the server, so ask for it again. */
export function PaymentCountdown({ dueAt, onExpired }: { dueAt: string; onExpired: () => void }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const left = new Date(dueAt).getTime() - now;
  const expired = left <= 0;
  const latest = useRef(onExpired);
  useEffect(() => {
    latest.current = onExpired;
  });
  // Once per expiry, however often the parent re-renders.
  useEffect(() => {
    if (expired) latest.current();
  }, [expired]);
  return (
    <p className="countdown" role="timer">
      {expired ? t('orders.paymentExpired') : t('orders.payWithin', { time: formatRemaining(left) })}
    </p>
  );
}
