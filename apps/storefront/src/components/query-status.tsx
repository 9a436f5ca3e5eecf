import { Button, DotLoading } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@bangfu/ui';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="query-status" role="status">
      {t('common.loading')} <DotLoading />
    </div>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <div className="query-status" role="alert">
      <p>{errorMessage(error)}</p>
      <Button size="small" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
