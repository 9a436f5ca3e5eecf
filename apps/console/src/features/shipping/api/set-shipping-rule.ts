import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ShippingRule } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { getShippingRuleQueryOptions } from './get-shipping-rule';

/** Applies to orders placed from now on; placed orders keep the fee they were charged. */
export function useSetShippingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: ShippingRule) => api.setShippingRule(rule),
    onSuccess: (rule) => queryClient.setQueryData(getShippingRuleQueryOptions().queryKey, rule),
  });
}
