import { Card, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSynonyms } from '../../features/search-admin/api/get-synonyms';
import { ReindexCard } from '../../features/search-admin/components/reindex-card';
import { SynonymsEditor } from '../../features/search-admin/components/synonyms-editor';

/** /console/association/search — what shoppers' words mean to the search, and the index behind it. */
export function SearchAdminRoute() {
  const { t } = useTranslation();
  const synonyms = useSynonyms();
  return (
    <Space orientation="vertical" size="large" className="full-width">
      <Typography.Title level={3}>{t('searchAdmin.title')}</Typography.Title>
      <Card title={t('searchAdmin.synonyms')}>
        {synonyms.isPending ? (
          <Spin />
        ) : synonyms.isError ? (
          <ApiErrorAlert error={synonyms.error} onRetry={() => void synonyms.refetch()} />
        ) : (
          <SynonymsEditor synonyms={synonyms.data} />
        )}
      </Card>
      <Card title={t('searchAdmin.reindex')}>
        <ReindexCard />
      </Card>
    </Space>
  );
}
