import { useEffect, useState } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { COUNTIES, CountyCode, SupplierStatus, type SupplierAdminView } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RecordList, type RecordColumn } from '../../../components/record-list';
import { useRecordDialog } from '../../../components/use-record-dialog';
import { useSuppliers } from '../api/get-suppliers';
import { REVIEW_PATHS } from '../paths';
import { DecisionDialog } from './decision-dialog';
import { StatusTag } from './status-tag';
import { useSupplierStatusDecisions } from './supplier-status-decisions';

const PAGE_SIZE = 20;

/** The filters from the address; a value the API would refuse is dropped rather than sent. */
function filterOf(params: URLSearchParams) {
  const county = CountyCode.safeParse(params.get('county'));
  const status = SupplierStatus.safeParse(params.get('status'));
  return {
    county: county.success ? county.data : undefined,
    status: status.success ? status.data : undefined,
    q: params.get('q')?.trim() || undefined,
    page: Math.max(1, Math.trunc(Number(params.get('page'))) || 1),
  };
}
type RegistryFilter = ReturnType<typeof filterOf>;

function searchOf({ county, status, q, page }: RegistryFilter): Record<string, string> {
  return Object.fromEntries(Object.entries({ county, status, q, page: page > 1 ? String(page) : undefined }).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Certified suppliers by county, status and name or credit code, each with its record and a suspend or reinstate. */
export function SupplierRegistry() {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const suppliers = useSuppliers({ ...filter, pageSize: PAGE_SIZE });
  const statusDecisions = useSupplierStatusDecisions();
  const dialog = useRecordDialog<SupplierAdminView, string>();
  const set = (change: Partial<RegistryFilter>) => setParams(searchOf({ ...filter, page: 1, ...change }));
  // The text box is typed into freely and searched on Enter or the button; the address holds what was searched.
  const [q, setQ] = useState(filter.q ?? '');
  useEffect(() => setQ(filter.q ?? ''), [filter.q]);

  const columns: RecordColumn<SupplierAdminView>[] = [
    { key: 'id', title: t('review.suppliers.id'), card: 'title', render: (s) => <Link to={`${REVIEW_PATHS.suppliers}/${s.id}`}>#{s.id}</Link> },
    // Long co-operative names wrap, so that the actions stay on screen.
    { key: 'name', title: t('review.suppliers.name'), card: 'title', width: 220, render: (s) => s.name },
    { key: 'status', title: t('review.suppliers.status'), card: 'extra', render: (s) => <StatusTag vocabulary="supplierStatus" status={s.status} /> },
    { key: 'creditCode', title: t('review.suppliers.creditCode'), render: (s) => <span className="review-code">{s.creditCode}</span> },
    // The village is on the supplier's own page; here it would widen the table past the screen.
    { key: 'place', title: t('review.suppliers.place'), render: (s) => `${countyName(s.countyCode, s.countyName)} · ${s.town}` },
    { key: 'households', title: t('review.suppliers.householdsLinked'), align: 'right', render: (s) => s.householdsLinked },
    { key: 'validUntil', title: t('review.suppliers.validUntil'), render: (s) => s.certificate?.validUntil ?? t('review.none') },
  ];
  const shownDecision = dialog.shown && statusDecisions.decisionsOf(dialog.shown.record).find((d) => d.key === dialog.shown?.dialog);
  return (
    <>
      <div className="toolbar">
        <Space wrap>
          <Select<CountyCode | ''>
            aria-label={t('review.suppliers.county')}
            className="review-select"
            value={filter.county ?? ''}
            onChange={(county) => set({ county: county || undefined })}
            options={[{ value: '', label: t('review.suppliers.allCounties') }, ...COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code) }))]}
          />
          <Select<SupplierStatus | ''>
            aria-label={t('review.suppliers.status')}
            className="review-select"
            value={filter.status ?? ''}
            onChange={(status) => set({ status: status || undefined })}
            options={[{ value: '', label: t('review.suppliers.allStatuses') }, ...SupplierStatus.options.map((s) => ({ value: s, label: t(`review.supplierStatus.${s}`) }))]}
          />
          <Input.Search
            aria-label={t('review.suppliers.q')}
            placeholder={t('review.suppliers.qPlaceholder')}
            className="review-search"
            allowClear
            enterButton={t('review.suppliers.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(text) => set({ q: text.trim() || undefined })}
          />
        </Space>
        {(filter.county || filter.status || filter.q) && <Button onClick={() => setParams({})}>{t('review.clear')}</Button>}
      </div>
      {suppliers.isError && <ApiErrorAlert error={suppliers.error} onRetry={() => void suppliers.refetch()} className="page-alert" />}
      {!(suppliers.isError && !suppliers.data) && (
        <RecordList<SupplierAdminView>
          columns={columns}
          actions={{
            title: t('review.actions'),
            of: (s) => [
              { key: 'audit', label: t('review.suppliers.audit'), onClick: () => navigate(`${REVIEW_PATHS.suppliers}/${s.id}`) },
              ...statusDecisions.decisionsOf(s).map((d) => ({ key: d.key, label: d.label, danger: d.danger, onClick: () => dialog.show(d.key, s) })),
            ],
          }}
          records={suppliers.data?.items}
          recordKey={(s) => s.id}
          loading={suppliers.isFetching}
          emptyText={t('review.suppliers.empty')}
          pagination={{
            current: filter.page,
            pageSize: PAGE_SIZE,
            total: suppliers.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (count) => t('review.total', { count }),
            onChange: (page) => setParams(searchOf({ ...filter, page })),
          }}
        />
      )}
      {shownDecision && <DecisionDialog decision={shownDecision} open={dialog.shown?.open ?? false} onClose={dialog.close} state={statusDecisions.state} />}
    </>
  );
}
