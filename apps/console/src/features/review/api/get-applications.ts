import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { ApplicationListQuery } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

/** Root of every application query: a decision refreshes the queue, its counts and the application itself. */
export const applicationsKey = ['association-applications'] as const;

export type ApplicationsFilter = Partial<ApplicationListQuery>;

export const getApplicationsQueryOptions = (filter: ApplicationsFilter) =>
  queryOptions({
    queryKey: [...applicationsKey, 'list', filter],
    queryFn: () => api.associationApplications(filter),
    // Other reviewers work the same queue; each visit reads it afresh.
    staleTime: 0,
  });

/** The page stays on screen while the next one loads. */
export function useApplications(filter: ApplicationsFilter) {
  return useQuery({ ...getApplicationsQueryOptions(filter), placeholderData: keepPreviousData });
}

/** How many applications each filter holds: one row asked for, the total read. */
export function useApplicationTotals(filters: ApplicationsFilter[]): (number | undefined)[] {
  return useQueries({ queries: filters.map((f) => getApplicationsQueryOptions({ ...f, page: 1, pageSize: 1 })) }).map((q) => q.data?.total);
}
