import { useState } from 'react';
import { Card, Space, Spin, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useOutletContext } from 'react-router';
import type { ApplicationView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { applicationDraft, type ApplicationFormValues } from '../../features/applications/application-draft';
import { useMyApplications } from '../../features/applications/api/get-my-applications';
import { ApplicationForm } from '../../features/applications/components/application-form';
import { ApplicationHistory, ApplicationStanding } from '../../features/applications/components/application-history';
import { queryKeys } from '../../lib/query-keys';
import type { ConsoleOutletContext } from '../require-console-user';

/** What staff sent back, as the form shows it again. */
function formValuesOf(a: ApplicationView): ApplicationFormValues {
  const { name, creditCode, entityType, county, town, village, address, contactName, contactPhone, legalRep, householdsLinked, description, documents } = a;
  return { name, creditCode, entityType, county, town, village: village ?? undefined, address, contactName, contactPhone, legalRep, householdsLinked, description, documents };
}

/** /console/apply — a shopper's way to become a certified supplier, and where the application then stands. */
export function ApplyRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = useOutletContext<ConsoleOutletContext>();
  const applications = useMyApplications();
  const [applyingAgain, setApplyingAgain] = useState(false);

  if (applications.isPending) return <Spin size="large" className="page-spin" />;
  if (applications.isError) return <ApiErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />;
  const [latest] = applications.data.items;
  const changesRequested = latest?.status === 'changes_requested' ? latest : null;
  const formOpen = !latest || changesRequested !== null || (applyingAgain && latest.status === 'rejected');
  const draft = applicationDraft.load(user.id);

  return (
    <Space orientation="vertical" size="large" className="full-width">
      <div>
        <Typography.Title level={3}>{t('apply.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('apply.intro')}</Typography.Paragraph>
      </div>
      <Card>
        {formOpen ? (
          <ApplicationForm
            // A resubmission starts from what was sent; a new application from the kept draft.
            key={changesRequested?.id ?? 'new'}
            userId={user.id}
            initialValues={draft ?? (changesRequested ? formValuesOf(changesRequested) : { contactPhone: user.phone })}
            changesRequested={changesRequested && { id: changesRequested.id, reason: changesRequested.reason }}
            onSent={() => setApplyingAgain(false)}
          />
        ) : (
          <ApplicationStanding
            latest={latest}
            onApplyAgain={() => setApplyingAgain(true)}
            onOpenConsole={() => {
              // Approval made the account a supplier's: the menu and pages follow once the session is read again.
              void queryClient.invalidateQueries({ queryKey: queryKeys.me }).then(() => navigate('/'));
            }}
          />
        )}
      </Card>
      {latest && <ApplicationHistory applications={applications.data.items} />}
    </Space>
  );
}
