import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';

/** Known error codes read in the current language; anything else shows the server's message. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && i18n.exists(`errors.${error.code}`)) return t(`errors.${error.code}`);
      if (error instanceof Error && error.message) return error.message;
      return t('errors.fallback');
    },
    [t, i18n],
  );
}
