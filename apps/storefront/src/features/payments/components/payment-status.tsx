import { useEffect } from 'react';
import NoticeBar from 'antd-mobile/es/components/notice-bar';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Price } from '@bangfu/ui';
import { ErrorText } from '../../../components/error-text';
import { queryKeys } from '../../../lib/query-keys';
import { isOpen, usePayment } from '../api/get-payment';

/**
 * Back from the cashier (whose return goes nowhere in dev), the shopper sees here how the payment stands: it is
 * asked for every 2 s until the provider's notification has settled it, and the order below refreshes when it
 * has. Paying again or cancelling are the order's own actions, below it.
 */
export function PaymentStatus({ paymentId }: { paymentId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const payment = usePayment(paymentId);
  const status = payment.data?.status;

  useEffect(() => {
    if (status && !isOpen(status)) void queryClient.invalidateQueries({ queryKey: queryKeys.orders });
  }, [status, queryClient]);

  if (payment.isError) return <ErrorText error={payment.error} className="section form-error" />;
  if (!payment.data) return <NoticeBar content={t('payment.checking')} color="info" />;
  if (status === 'succeeded') return <NoticeBar className="payment-status" content={t('payment.succeeded')} color="success" />;
  if (status === 'closed' || status === 'failed') return <NoticeBar className="payment-status" content={t('payment.closed')} color="alert" />;

  return (
    <section className="section payment-waiting" aria-live="polite">
      <h2>{t('payment.waiting')}</h2>
      <p className="muted">
        {t('payment.amount')} <Price fen={payment.data.amountFen} className="price" />
      </p>
      <p className="muted">{t('payment.updatesItself')}</p>
    </section>
  );
}
