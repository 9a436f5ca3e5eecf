import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import { FieldIssue } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { apiErrorMessages } from './api-error-messages';

const CONSOLE_WORDED = apiErrorMessages['zh-CN'].apiErrors;

/** Codes the console words itself; both languages have the same keys. */
function isConsoleWorded(code: string): code is keyof typeof CONSOLE_WORDED {
  return Object.hasOwn(CONSOLE_WORDED, code);
}

export interface ApiErrorText {
  /** What went wrong, in the current language where the code is known. */
  title: string;
  /** The API's own words: its message, or for invalid input each field and what is wrong with it. */
  detail?: string;
}

/** The fields a 400 names, where the details have the contract's shape. */
export function fieldIssues(details: unknown): FieldIssue[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d) => {
    const parsed = FieldIssue.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Turns any failure into a title and the server's detail, so a 400 or 409 says exactly what the API said. */
export function useApiErrorText(): (error: unknown) => ApiErrorText {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return { title: errorMessage(error) };
      const title = isConsoleWorded(error.code) ? t(`apiErrors.${error.code}`) : errorMessage(error);
      const issues = fieldIssues(error.details);
      if (issues.length > 0) return { title, detail: issues.map((i) => `${i.field}: ${i.message}`).join('; ') };
      return { title, detail: error.message && error.message !== title ? error.message : undefined };
    },
    [t, errorMessage],
  );
}

/** The same as one line, for toasts. */
export function useApiErrorLine(): (error: unknown) => string {
  const text = useApiErrorText();
  return useCallback(
    (error: unknown) => {
      const { title, detail } = text(error);
      return detail ? `${title}: ${detail}` : title;
    },
    [text],
  );
}
