import Button from 'antd-mobile/es/components/button';
import Dialog from 'antd-mobile/es/components/dialog';
import List from 'antd-mobile/es/components/list';
import Tag from 'antd-mobile/es/components/tag';
import Toast from 'antd-mobile/es/components/toast';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, type OrderDetail } from '@bangfu/contracts';
import { Price, useErrorMessage } from '@bangfu/ui';
import { useEscalateRefund } from '../api/escalate-refund';
import { RefundPhotos } from './refund-photos';

/** The order's refund requests; the latest one, if the supplier refused it, can go to the association. */
export function RefundRequests({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const escalate = useEscalateRefund(order.id);
  if (order.refundRequests.length === 0) return null;
  const latestId = Math.max(...order.refundRequests.map((r) => r.id));
  const canEscalate = order.status === 'paid' || order.status === 'shipped';

  return (
    <List header={t('orders.refunds')} className="refund-requests">
      {/* Oldest first as the API lists them, shown newest first; a shopper counts them, ids are not theirs. */}
      {[...order.refundRequests].reverse().map((request, index) => (
        <List.Item
          key={request.id}
          description={
            <>
              <span className="timeline-meta">{formatChinaTime(request.createdAt)}</span>
              <span>{t('orders.refundReason', { reason: request.reason })}</span>
              <RefundPhotos photos={request.photos} />
              {request.decisionReason && <span>{t('orders.decisionReason', { reason: request.decisionReason })}</span>}
              {request.status === 'rejected' && request.id === latestId && canEscalate && (
                <Button
                  size="small"
                  color="warning"
                  loading={escalate.isPending}
                  onClick={async () => {
                    if (!(await Dialog.confirm({ content: t('orders.escalateConfirm'), confirmText: t('orders.escalate'), cancelText: t('actions.back') }))) return;
                    escalate.mutate(request.id, {
                      onSuccess: () => Toast.show({ icon: 'success', content: t('orders.escalated') }),
                      onError: (error) => Toast.show({ content: errorMessage(error) }),
                    });
                  }}
                >
                  {t('orders.escalate')}
                </Button>
              )}
            </>
          }
          extra={
            <span className="refund-extra">
              <Tag color={request.status === 'refunded' ? 'success' : request.status === 'rejected' || request.status === 'declined' ? 'danger' : 'warning'}>
                {t(`orders.refundStatus.${request.status}`)}
              </Tag>
              <Price fen={request.amountFen} />
            </span>
          }
        >
          {t('orders.refundRequest', { n: order.refundRequests.length - index })}
        </List.Item>
      ))}
    </List>
  );
}
