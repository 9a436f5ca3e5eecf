import { Empty, List, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useSuppliers } from '../api/get-suppliers';
import { REVIEW_PATHS } from '../paths';
import { StatusTag } from './status-tag';

/**
 * Suppliers certified before under the applicant's credit code: a renewal's own supplier, or one that lapsed or was
 * suspended. The registry searches names and credit codes alike, so only exact codes count.
 */
export function SupplierHistory({ creditCode }: { creditCode: string }) {
  const { t } = useTranslation();
  const suppliers = useSuppliers({ q: creditCode, pageSize: 100 });
  if (suppliers.isPending) return <Spin className="block-spin" />;
  if (suppliers.isError) return <ApiErrorAlert error={suppliers.error} onRetry={() => void suppliers.refetch()} />;
  const same = suppliers.data.items.filter((s) => s.creditCode === creditCode);
  if (same.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.applications.noHistory')} />;
  return (
    <List
      size="small"
      dataSource={same}
      renderItem={(s) => (
        <List.Item key={s.id} extra={<StatusTag vocabulary="supplierStatus" status={s.status} />}>
          <Space orientation="vertical" size={0}>
            <Link to={`${REVIEW_PATHS.suppliers}/${s.id}`}>
              #{s.id} {s.name}
            </Link>
            {s.certificate && (
              <Typography.Text type="secondary">{t('review.suppliers.certificateUntil', { no: s.certificate.no, until: s.certificate.validUntil })}</Typography.Text>
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}
