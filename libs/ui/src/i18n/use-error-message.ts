import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import { sharedMessages } from './resources';

type WordedErrorCode = keyof (typeof sharedMessages)['zh-CN']['errors'];

/** Codes the shared texts word; both languages have the same keys, which `defineMessages` checks. */
function isWorded(code: string): code is WordedErrorCode {
  return Object.hasOwn(sharedMessages['zh-CN'].errors, code);
}

/** An error whose code has no text of its own, worded by the HTTP status it came with. */
function wordedByStatus(status: number): WordedErrorCode {
  if (status === 0) return 'NETWORK_ERROR';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status >= 500) return 'INTERNAL';
  return 'fallback';
}

/**
 * Any error in the reader's language, through the texts of its code. The server's own message is English for
 * developers ("Product 999999 not found") and is never shown.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return t('errors.fallback');
      return t(`errors.${isWorded(error.code) ? error.code : wordedByStatus(error.status)}`);
    },
    [t],
  );
}
