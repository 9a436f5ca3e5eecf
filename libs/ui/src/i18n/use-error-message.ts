import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import { sharedMessages } from './resources';

type WordedErrorCode = keyof (typeof sharedMessages)['zh-CN']['errors'];

/** Codes the shared texts word; both languages have the same keys, which `defineMessages` checks. */
function isWorded(code: string): code is WordedErrorCode {
  return Object.hasOwn(sharedMessages['zh-CN'].errors, code);
}

/** Known error codes read in the current language; anything else shows the server's message. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && isWorded(error.code)) return t(`errors.${error.code}`);
      if (error instanceof Error && error.message) return error.message;
      return t('errors.fallback');
    },
    [t],
  );
}
