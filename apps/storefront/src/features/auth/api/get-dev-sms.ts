import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** One code sent: to which phone, and until when it is valid (which also tells one code from the next). */
export interface SentCode {
  phone: string;
  expiresAt: string;
}

/**
 * The dev SMS box of the embedded default, asked once per code sent. Only a dev/demo server has it; elsewhere the
 * request fails (404), is not retried, and nothing shows.
 */
export function getDevSmsQueryOptions(sent: SentCode | null) {
  return queryOptions({
    queryKey: ['devSms', sent?.phone, sent?.expiresAt],
    queryFn: sent ? () => api.devSms(sent.phone) : skipToken,
    retry: false,
    staleTime: Infinity,
  });
}

export function useDevSms(sent: SentCode | null) {
  return useQuery(getDevSmsQueryOptions(sent));
}
