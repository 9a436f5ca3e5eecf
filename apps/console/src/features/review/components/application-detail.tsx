import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Descriptions, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, type ApplicationView } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';
import { useDecideApplication, type ApplicationDecision } from '../api/decide-application';
import { useApplication } from '../api/get-application';
import { getApplicationsQueryOptions } from '../api/get-applications';
import { REVIEW_PATHS } from '../paths';
import { AuditTrail } from './audit-trail';
import { DecisionButtons, type ReviewDecision } from './decision-dialog';
import { DetailFrame, Section } from './detail-frame';
import { DocumentPreview } from './document-preview';
import { StatusTag } from './status-tag';
import { SupplierHistory } from './supplier-history';
import { useOpenNext } from './use-open-next';

/** One application in full — every field, its documents, the business's supplier past and its record — and the decision. */
export function ApplicationDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const application = useApplication(id);
  return (
    <DetailFrame
      listPath={REVIEW_PATHS.applications}
      id={id}
      query={application}
      title={(a) => t('review.applications.detailTitle', { id: a.id, name: a.name })}
      main={(a) => (
        <>
          <Section title={t('review.applications.fields')}>
            <ApplicationFields application={a} />
          </Section>
          <Section title={t('review.applications.documents')}>
            {a.documents.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.applications.noDocuments')} />
            ) : (
              <div className="review-documents">
                {a.documents.map((d) => (
                  <DocumentPreview key={d.id} document={d} />
                ))}
              </div>
            )}
          </Section>
        </>
      )}
      side={(a) => (
        <>
          <Section title={t('review.applications.decision')}>
            <ApplicationDecisions application={a} />
          </Section>
          <Section title={t('review.applications.history')}>
            <SupplierHistory creditCode={a.creditCode} />
          </Section>
          <Section title={t('review.applications.audit')}>
            <AuditTrail subject={`application:${a.id}`} />
          </Section>
        </>
      )}
    />
  );
}

function ApplicationFields({ application: a }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const none = t('review.none');
  const items = [
    { key: 'status', label: t('review.applications.status'), children: <StatusTag vocabulary="applicationStatus" status={a.status} /> },
    { key: 'kind', label: t('review.applications.kind'), children: t(`review.kind.${a.kind}`) },
    { key: 'name', label: t('review.applications.name'), children: a.name },
    { key: 'creditCode', label: t('review.applications.creditCode'), children: <span className="review-code">{a.creditCode}</span> },
    { key: 'entityType', label: t('review.applications.entityType'), children: t(`entityTypes.${a.entityType}`) },
    { key: 'legalRep', label: t('review.applications.legalRep'), children: a.legalRep },
    { key: 'county', label: t('review.applications.county'), children: countyName(a.county, a.countyName) },
    { key: 'town', label: t('review.applications.town'), children: a.town },
    { key: 'village', label: t('review.applications.village'), children: a.village ?? none },
    { key: 'address', label: t('review.applications.address'), children: a.address },
    { key: 'contactName', label: t('review.applications.contactName'), children: a.contactName },
    { key: 'contactPhone', label: t('review.applications.contactPhone'), children: a.contactPhone },
    { key: 'householdsLinked', label: t('review.applications.householdsLinked'), children: a.householdsLinked },
    { key: 'applicant', label: t('review.applications.applicant'), children: a.applicantUserId },
    { key: 'submittedAt', label: t('review.applications.submittedAt'), children: formatChinaTime(a.submittedAt) },
    { key: 'decidedAt', label: t('review.applications.decidedAt'), children: a.decidedAt ? formatChinaTime(a.decidedAt) : none },
    { key: 'certificateNo', label: t('review.applications.certificateNo'), children: a.certificateNo ?? none },
    { key: 'reason', label: t('review.applications.reason'), span: 2, children: a.reason ?? none },
    {
      key: 'description',
      label: t('review.applications.description'),
      span: 2,
      children: <Typography.Paragraph className="review-text">{a.description || none}</Typography.Paragraph>,
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}

function ApplicationDecisions({ application: a }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const decide = useDecideApplication();
  const nextPending = useCallback(
    async () => (await queryClient.fetchQuery(getApplicationsQueryOptions({ status: 'pending', page: 1, pageSize: 1 }))).items[0]?.id,
    [queryClient],
  );
  const openNext = useOpenNext(REVIEW_PATHS.applications, nextPending);
  if (a.status !== 'pending') {
    return <Typography.Paragraph type="secondary">{t('review.applications.notPending', { status: t(`review.applicationStatus.${a.status}`) })}</Typography.Paragraph>;
  }
  const send = (decision: ApplicationDecision, done: () => void, said: (certificateNo: string | null) => string) =>
    decide.mutate(decision, {
      onSuccess: ({ certificateNo }) => {
        void message.success(said(certificateNo));
        done();
        void openNext();
      },
    });
  const decisions: ReviewDecision[] = [
    {
      key: 'approve',
      asks: 'validity',
      withNote: true,
      primary: true,
      label: t('review.applications.approve'),
      title: t('review.applications.approveTitle', { id: a.id }),
      intro: t('review.applications.approveText', { name: a.name }),
      submit: (approval, done) => send({ id: a.id, kind: 'approve', approval }, done, (no) => t('review.applications.approved', { no })),
    },
    {
      key: 'requestChanges',
      asks: 'reason',
      label: t('review.applications.requestChanges'),
      title: t('review.applications.requestChangesTitle', { id: a.id }),
      intro: t('review.applications.requestChangesText'),
      submit: (reason, done) => send({ id: a.id, kind: 'requestChanges', reason }, done, () => t('review.applications.changesRequested')),
    },
    {
      key: 'reject',
      asks: 'reason',
      danger: true,
      label: t('review.applications.reject'),
      title: t('review.applications.rejectTitle', { id: a.id }),
      intro: t('review.applications.rejectText'),
      submit: (reason, done) => send({ id: a.id, kind: 'reject', reason }, done, () => t('review.applications.rejected')),
    },
  ];
  return <DecisionButtons decisions={decisions} state={decide} />;
}
