import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useEscalatedRefunds } from '../../features/arbitration/api/get-escalated-refunds';
import { ArbitrationList } from '../../features/arbitration/components/arbitration-list';
import { usePaging } from '../../lib/use-paging';

/** Association staff decide the refunds a supplier refused and the shopper escalated. */
export function ArbitrationRoute() {
  const { t } = useTranslation();
  const paging = usePaging();
  const requests = useEscalatedRefunds(paging.page, paging.pageSize);
  paging.stayWithin(requests.data?.total);
  return (
    <>
      <Typography.Title level={3}>{t('arbitration.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('arbitration.intro')}</Typography.Paragraph>
      {requests.isError && <ApiErrorAlert error={requests.error} onRetry={() => void requests.refetch()} className="page-alert" />}
      {/* A failed first load shows only the error, not an empty list claiming there is nothing. */}
      {!(requests.isError && !requests.data) && (
        <ArbitrationList data={requests.data} loading={requests.isFetching} page={paging.page} pageSize={paging.pageSize} onPageChange={paging.onChange} />
      )}
    </>
  );
}
