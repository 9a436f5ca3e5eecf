import { chinaDate, type OrderListQuery } from '@bangfu/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { downloadText } from '../../../lib/download-text';

export type OrderExportFilter = Partial<Omit<OrderListQuery, 'page' | 'pageSize'>>;

/** The name the API gives the same export: open ends read "all" and today. */
export function exportFilename({ from, to }: OrderExportFilter): string {
  return `orders-${from ?? 'all'}-${to ?? chinaDate(new Date())}.csv`;
}

/** Fetches the CSV of the orders under the current filters and saves it. */
export function useExportSupplierOrders() {
  return useMutation({
    mutationFn: async (filter: OrderExportFilter) => {
      const csv = await api.exportSupplierOrders(filter);
      downloadText(csv, exportFilename(filter));
    },
  });
}
