import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const auditKey = ['association-audit'] as const;

/** Enough for any one subject's life so far; the trail says when there is more. */
export const AUDIT_PAGE_SIZE = 100;

/** `supplier:12`, `product:7`, `application:3`. */
export type AuditSubject = `${'supplier' | 'product' | 'application'}:${number}`;

export const getAuditTrailQueryOptions = (subject: AuditSubject) =>
  queryOptions({ queryKey: [...auditKey, subject], queryFn: () => api.auditTrail({ subject, pageSize: AUDIT_PAGE_SIZE }), staleTime: 0 });

export function useAuditTrail(subject: AuditSubject) {
  return useQuery(getAuditTrailQueryOptions(subject));
}
