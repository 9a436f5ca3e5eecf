import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const myApplicationsKey = ['my-applications'] as const;

export const getMyApplicationsQueryOptions = () => queryOptions({ queryKey: myApplicationsKey, queryFn: () => api.myApplications() });

/** The applicant's applications, newest first: the first of them is the one the page is about. */
export function useMyApplications() {
  return useQuery(getMyApplicationsQueryOptions());
}
