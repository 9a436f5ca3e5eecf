import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** A suspension or revocation must show at once: the check is never served from an old answer. */
export const getCertificateCheckQueryOptions = (no: string) =>
  queryOptions({
    queryKey: ['certificate', no],
    queryFn: () => api.certificate(no),
    staleTime: 0,
  });

export function useCertificateCheck(no: string) {
  return useQuery(getCertificateCheckQueryOptions(no));
}
