import { useCallback } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/**
 * After a decision the reviewer goes on to the next record waiting (the queue's oldest, as it is worked), or back to
 * the list when none is left; the list's tab and page come along.
 */
export function useOpenNext(listPath: string, nextId: () => Promise<number | undefined>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { search } = useLocation();
  return useCallback(async () => {
    let next: number | undefined;
    try {
      next = await nextId();
    } catch {
      // The queue could not be read: the list says why, with a retry.
      navigate({ pathname: listPath, search });
      return;
    }
    if (next === undefined) void message.info(t('review.queueDone'));
    navigate({ pathname: next === undefined ? listPath : `${listPath}/${next}`, search });
  }, [t, message, navigate, search, listPath, nextId]);
}
