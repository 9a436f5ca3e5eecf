import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { myApplicationsKey } from './get-my-applications';

/** Under the applications' key, so a new decision seen there refreshes these too. */
export const getApplicationDecisionsQueryOptions = (id: number) =>
  queryOptions({ queryKey: [...myApplicationsKey, id, 'decisions'], queryFn: () => api.applicationDecisions(id) });

export function useApplicationDecisions(id: number) {
  return useQuery(getApplicationDecisionsQueryOptions(id));
}
