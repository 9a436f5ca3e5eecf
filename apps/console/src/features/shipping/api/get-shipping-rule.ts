import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const getShippingRuleQueryOptions = () => queryOptions({ queryKey: ['supplier-shipping-rule'], queryFn: () => api.shippingRule() });

export function useShippingRule() {
  return useQuery(getShippingRuleQueryOptions());
}
