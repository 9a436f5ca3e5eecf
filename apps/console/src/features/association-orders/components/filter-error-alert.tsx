import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import type { FieldIssue } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { fieldIssues } from '../../../lib/use-api-error-text';

/** The filters a 400 answer refused, by the API's field names; empty for any other failure. */
export function refusedFilters(error: unknown): FieldIssue[] {
  return isApiError(error) && error.status === 400 ? fieldIssues(error.details) : [];
}

/**
 * A refused filter is explained in the reader's words, field by field, with nothing to retry: the filter has to
 * change. Any other failure is the usual error with a retry.
 */
export function FilterErrorAlert({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const refused = refusedFilters(error);
  if (refused.length === 0) return <ApiErrorAlert error={error} onRetry={onRetry} className="page-alert" />;
  return (
    <Alert
      type="error"
      showIcon
      className="page-alert filter-error"
      title={t('associationOrders.badFilter')}
      description={
        <ul className="filter-error-list">
          {refused.map(({ field, message }) => (
            <li key={field}>
              {i18n.exists(`associationOrders.invalid.${field}`) ? t(`associationOrders.invalid.${field}`) : `${field}: ${message}`}
            </li>
          ))}
        </ul>
      }
    />
  );
}
