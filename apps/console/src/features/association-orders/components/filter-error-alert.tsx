import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import type { FieldIssue } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { fieldIssues } from '../../../lib/use-api-error-text';
import { associationOrdersMessages } from '../messages';

const EXPLAINED = associationOrdersMessages['zh-CN'].associationOrders.invalid;

/** Fields the filter texts explain; both languages have the same keys. */
function isExplained(field: string): field is keyof typeof EXPLAINED {
  return Object.hasOwn(EXPLAINED, field);
}

/** The filters a 400 answer refused, by the API's field names; empty for any other failure. */
export function refusedFilters(error: unknown): FieldIssue[] {
  return isApiError(error) && error.status === 400 ? fieldIssues(error.details) : [];
}

/**
 * A refused filter is explained in the reader's words, field by field, with nothing to retry: the filter has to
 * change. Any other failure is the usual error with a retry.
 */
export function FilterErrorAlert({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
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
              {isExplained(field) ? t(`associationOrders.invalid.${field}`) : `${field}: ${message}`}
            </li>
          ))}
        </ul>
      }
    />
  );
}
