import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const shippingRuleQuery = queryOptions({ queryKey: queryKeys.shippingRule, queryFn: () => api.shippingRule() });

export function useShippingRule() {
  return useQuery(shippingRuleQuery);
}
