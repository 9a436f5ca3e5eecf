import type { ReactNode } from 'react';
import Button from 'antd-mobile/es/components/button';
import DotLoading from 'antd-mobile/es/components/dot-loading';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@bangfu/api-client';
import { useErrorMessage } from '@bangfu/ui';
import { ErrorText } from './error-text';
import { EmptyIcon } from './icons';

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
  // What is not there will not be there on a retry either: the page says so, and leads home.
  if (isApiError(error) && error.status === 404) {
    return (
      <EmptyState title={errorMessage(error)}>
        <Link to="/" className="empty-state-link">
          {t('actions.home')}
        </Link>
      </EmptyState>
    );
  }
  return (
    <div className="query-status">
      <ErrorText error={error} className="load-error" />
      <Button size="small" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </div>
  );
}

/** Drawn here: antd-mobile's ErrorBlock brings its large illustrations to every page that could be empty. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <span className="empty-state-icon">
        <EmptyIcon />
      </span>
      <p className="empty-state-title">{title}</p>
      {children}
    </div>
  );
}
