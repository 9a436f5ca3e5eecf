import { useState } from 'react';
import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefundRequestStatus } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useRefundRequests } from '../../features/refunds/api/get-refund-requests';
import { RefundList } from '../../features/refunds/components/refund-list';
import { usePaging } from '../../lib/use-paging';

const ALL = 'all';

/** The refund requests on the supplier's orders; those awaiting a decision first. */
export function RefundsRoute() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RefundRequestStatus | undefined>('requested');
  const paging = usePaging();
  const requests = useRefundRequests({ status, page: paging.page, pageSize: paging.pageSize });
  paging.stayWithin(requests.data?.total);
  return (
    <>
      <Typography.Title level={3}>{t('refunds.title')}</Typography.Title>
      <div className="toolbar">
        <Space>
          <Typography.Text>{t('refunds.status')}</Typography.Text>
          <Select<string>
            className="status-select"
            value={status ?? ALL}
            aria-label={t('refunds.status')}
            onChange={(value) => {
              setStatus(value === ALL ? undefined : RefundRequestStatus.parse(value));
              paging.reset();
            }}
            options={[
              { value: ALL, label: t('refunds.statusAll') },
              ...RefundRequestStatus.options.map((s) => ({ value: s, label: t(`refundStatus.${s}`) })),
            ]}
          />
        </Space>
      </div>
      {requests.isError && <ApiErrorAlert error={requests.error} onRetry={() => void requests.refetch()} className="page-alert" />}
      {/* A failed first load shows only the error, not an empty list claiming there is nothing. */}
      {!(requests.isError && !requests.data) && (
        <RefundList data={requests.data} loading={requests.isFetching} page={paging.page} pageSize={paging.pageSize} onPageChange={paging.onChange} />
      )}
    </>
  );
}
