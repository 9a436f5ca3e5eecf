import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The division list changes with a State Council decision, not during a session. */
export const getCountyTownsQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['county-towns', code], queryFn: () => api.countyTowns(code), staleTime: Infinity });

export function useCountyTowns(code: string | undefined) {
  return useQuery({ ...getCountyTownsQueryOptions(code ?? ''), enabled: Boolean(code) });
}
