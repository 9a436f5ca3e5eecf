import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../lib/use-api-error-text';

export interface ApiErrorAlertProps {
  error: unknown;
  /** Offers a retry button when given (failed loads); mutations are simply submitted again. */
  onRetry?: () => void;
  /** The retry button's label when it does something other than repeat the call, e.g. reload what changed. */
  retryLabel?: string;
  className?: string;
}

export function ApiErrorAlert({ error, onRetry, retryLabel, className }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  const { title, detail } = useApiErrorText()(error);
  return (
    <Alert
      type="error"
      showIcon
      className={className}
      title={title}
      description={detail}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {retryLabel ?? t('common.retry')}
          </Button>
        )
      }
    />
  );
}
