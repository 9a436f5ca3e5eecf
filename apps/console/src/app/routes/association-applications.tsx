import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApplicationDetail } from '../../features/review/components/application-detail';
import { ApplicationQueue } from '../../features/review/components/application-queue';
import { idParam } from '../../features/review/paths';

/** `/association/applications`: the supplier-application queue; the tab and page live in the address. */
export function AssociationApplicationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('review.applications.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.applications.intro')}</Typography.Paragraph>
      <ApplicationQueue />
    </>
  );
}

/** `/association/applications/:applicationId`: one application and the decision on it. */
export function AssociationApplicationRoute() {
  const { applicationId } = useParams<{ applicationId: string }>();
  return <ApplicationDetail id={idParam(applicationId)} />;
}
