import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApplicationStatus, formatChinaTime, type ApplicationView } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RecordList, type RecordColumn } from '../../../components/record-list';
import { useApplications, useApplicationTotals } from '../api/get-applications';
import { REVIEW_PATHS } from '../paths';
import { QueueTabs } from './queue-tabs';
import { StatusTag } from './status-tag';
import { useQueueParams } from './use-queue-params';

const TABS = ApplicationStatus.options;

/** Supplier applications by state, the pending ones first and oldest first, a page at a time. */
export function ApplicationQueue() {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const { search } = useLocation();
  const queue = useQueueParams(TABS, 'pending');
  const applications = useApplications({ status: queue.tab, page: queue.page, pageSize: queue.pageSize });
  const totals = useApplicationTotals(TABS.map((status) => ({ status })));
  const link = (a: ApplicationView) => ({ pathname: `${REVIEW_PATHS.applications}/${a.id}`, search });
  const columns: RecordColumn<ApplicationView>[] = [
    { key: 'id', title: t('review.applications.id'), card: 'title', render: (a) => <Link to={link(a)}>#{a.id}</Link> },
    { key: 'name', title: t('review.applications.name'), card: 'title', render: (a) => a.name },
    { key: 'status', title: t('review.applications.status'), card: 'extra', render: (a) => <StatusTag vocabulary="applicationStatus" status={a.status} /> },
    { key: 'kind', title: t('review.applications.kind'), render: (a) => t(`review.kind.${a.kind}`) },
    { key: 'creditCode', title: t('review.applications.creditCode'), render: (a) => <span className="review-code">{a.creditCode}</span> },
    { key: 'place', title: t('review.applications.county'), render: (a) => `${countyName(a.county, a.countyName)} · ${a.town}` },
    { key: 'households', title: t('review.applications.householdsLinked'), align: 'right', render: (a) => a.householdsLinked },
    { key: 'submittedAt', title: t('review.applications.submittedAt'), render: (a) => formatChinaTime(a.submittedAt) },
  ];
  return (
    <>
      <QueueTabs tabs={TABS.map((status, i) => ({ key: status, label: t(`review.applicationStatus.${status}`), count: totals[i] }))} value={queue.tab} onChange={queue.setTab} />
      {applications.isError && <ApiErrorAlert error={applications.error} onRetry={() => void applications.refetch()} className="page-alert" />}
      {/* A failed first load shows only the error, not an empty queue claiming there is nothing to do. */}
      {!(applications.isError && !applications.data) && (
        <RecordList<ApplicationView>
          columns={columns}
          records={applications.data?.items}
          recordKey={(a) => a.id}
          loading={applications.isFetching}
          emptyText={t('review.applications.empty')}
          pagination={{
            current: queue.page,
            pageSize: queue.pageSize,
            total: applications.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (count) => t('review.total', { count }),
            onChange: queue.setPage,
          }}
        />
      )}
    </>
  );
}
