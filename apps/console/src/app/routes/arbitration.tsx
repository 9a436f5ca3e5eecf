import { useState } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useEscalatedRefunds } from '../../features/arbitration/api/get-escalated-refunds';
import { ArbitrationTable } from '../../features/arbitration/components/arbitration-table';

/** Association staff decide the refunds a supplier refused and the shopper escalated. */
export function ArbitrationRoute() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const requests = useEscalatedRefunds(paging.page, paging.pageSize);
  // A decision empties the last page's only row: step back rather than show an empty page.
  const lastPage = Math.max(1, Math.ceil((requests.data?.total ?? 0) / paging.pageSize));
  if (requests.data && paging.page > lastPage) setPaging((p) => ({ ...p, page: lastPage }));
  return (
    <>
      <Typography.Title level={3}>{t('arbitration.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('arbitration.intro')}</Typography.Paragraph>
      {requests.isError && <ApiErrorAlert error={requests.error} onRetry={() => void requests.refetch()} className="page-alert" />}
      {/* A failed first load shows only the error, not an empty table claiming there is nothing. */}
      {!(requests.isError && !requests.data) && (
        <ArbitrationTable
          data={requests.data}
          loading={requests.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          onPageChange={(page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })}
        />
      )}
    </>
  );
}
