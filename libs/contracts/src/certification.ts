import { z } from 'zod';
import { PageQuery } from './paging';
import { CountyCode, EntityType, SupplierStatus } from './vocabulary';

export const SupplierListQuery = PageQuery.extend({
  status: SupplierStatus.optional(),
  county: CountyCode.optional(),
  q: z.string().trim().max(100).optional(),
});
export type SupplierListQuery = z.infer<typeof SupplierListQuery>;

export const CertificateView = z.object({ no: z.string(), validFrom: z.string(), validUntil: z.string(), status: z.string() });
export type CertificateView = z.infer<typeof CertificateView>;

/** A supplier as association staff see it. */
export const SupplierAdminView = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  entityType: EntityType,
  countyCode: CountyCode,
  countyName: z.string(),
  town: z.string(),
  village: z.string().nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  householdsLinked: z.number().int(),
  status: SupplierStatus,
  certificate: CertificateView.nullable(),
  productCount: z.number().int(),
  createdAt: z.string(),
});
export type SupplierAdminView = z.infer<typeof SupplierAdminView>;
