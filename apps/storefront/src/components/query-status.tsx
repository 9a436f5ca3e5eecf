import type { ReactNode } from 'react';
import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import { ErrorText } from './error-text';

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
  return (
    <div className="query-status">
      <ErrorText error={error} className="load-error" />
      {/* What is not there will not be there on a retry either. */}
      {!(isApiError(error) && error.status === 404) && (
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <ErrorBlock className="empty-state" status="empty" title={title} description={null}>
      {children}
    </ErrorBlock>
  );
}
