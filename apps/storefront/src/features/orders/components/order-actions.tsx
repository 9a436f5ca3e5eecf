import { useState } from 'react';
import Button from 'antd-mobile/es/components/button';
import Dialog from 'antd-mobile/es/components/dialog';
import Toast from 'antd-mobile/es/components/toast';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrderDetail } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { useStartPayment } from '../../payments/api/start-payment';
import { useCancelOrder } from '../api/cancel-order';
import { useConfirmReceipt } from '../api/confirm-receipt';
import { RefundForm } from './refund-form';

/** What the shopper can do with the order in its status, at the bottom of the page. */
export function OrderActions({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const pay = useStartPayment();
  const cancel = useCancelOrder(order.id);
  const confirm = useConfirmReceipt(order.id);
  const [refunding, setRefunding] = useState(false);
  const fail = (error: unknown) => Toast.show({ content: errorMessage(error) });

  const buttons = [];
  if (order.status === 'pending_payment') {
    buttons.push(
      <Button
        key="cancel"
        loading={cancel.isPending}
        onClick={async () => {
          const sure = await Dialog.confirm({ content: t('orders.cancelConfirm'), confirmText: t('orders.cancel'), cancelText: t('actions.back') });
          if (sure) cancel.mutate(undefined, { onSuccess: () => Toast.show({ content: t('orders.cancelled') }), onError: fail });
        }}
      >
        {t('orders.cancel')}
      </Button>,
      <Button
        key="pay"
        color="primary"
        loading={pay.isPending}
        onClick={() => {
          // Coming back from the cashier lands on this order, watching its payment.
          void navigate(`/orders/${order.id}?pay=${order.paymentId}`, { replace: true });
          pay.mutate(order.paymentId, { onError: fail });
        }}
      >
        {t('orders.pay')}
      </Button>,
    );
  }
  if (order.status === 'paid' || order.status === 'shipped') {
    buttons.push(
      <Button key="refund" onClick={() => setRefunding(true)}>
        {t('orders.requestRefund')}
      </Button>,
    );
  }
  if (order.status === 'shipped') {
    buttons.push(
      <Button
        key="confirm"
        color="primary"
        loading={confirm.isPending}
        onClick={async () => {
          const sure = await Dialog.confirm({ content: t('orders.confirmReceiptConfirm'), confirmText: t('orders.confirmReceipt'), cancelText: t('actions.back') });
          if (sure) confirm.mutate(undefined, { onSuccess: () => Toast.show({ icon: 'success', content: t('orders.received') }), onError: fail });
        }}
      >
        {t('orders.confirmReceipt')}
      </Button>,
    );
  }
  if (buttons.length === 0) return null;

  return (
    <>
      <div className="order-actions">{buttons}</div>
      {(order.status === 'paid' || order.status === 'shipped') && <RefundForm order={order} visible={refunding} onClose={() => setRefunding(false)} />}
    </>
  );
}
