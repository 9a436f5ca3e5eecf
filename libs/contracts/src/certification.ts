import { z } from 'zod';
import { isValidCreditCode } from './credit-code';
import { Phone } from './identity';
import { PageQuery } from './paging';
import { ApplicationStatus, CountyCode, EntityType, SupplierStatus } from './vocabulary';

/** A calendar day, 'YYYY-MM-DD'. */
export const IsoDate = z.iso.date('must be a calendar date, YYYY-MM-DD');

export const Reason = z.string().trim().min(2, 'must say why (at least 2 characters)').max(500);
export const ReasonRequest = z.object({ reason: Reason });
export type ReasonRequest = z.infer<typeof ReasonRequest>;

export const CreditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, 'is not a valid unified social credit code (18 characters with a correct check character)');

export const SupplierApplicationRequest = z.object({
  name: z.string().trim().min(2).max(100),
  creditCode: CreditCode,
  entityType: EntityType,
  county: CountyCode,
  town: z.string().trim().min(1).max(50),
  village: z.string().trim().min(1).max(50).optional(),
  address: z.string().trim().min(1).max(200),
  contactName: z.string().trim().min(1).max(50),
  contactPhone: Phone,
  legalRep: z.string().trim().min(1).max(50),
  householdsLinked: z.number().int().min(0).max(1_000_000),
  description: z.string().trim().max(2000).default(''),
  /** Ids of files uploaded with POST /api/uploads (purpose "document"). */
  documents: z.array(z.number().int().positive()).max(10).default([]),
});
export type SupplierApplicationRequest = z.infer<typeof SupplierApplicationRequest>;

export const RenewalRequest = z.object({
  documents: z.array(z.number().int().positive()).max(10).default([]),
  note: z.string().trim().max(500).optional(),
});
export type RenewalRequest = z.infer<typeof RenewalRequest>;

export const UploadView = z.object({
  id: z.number().int(),
  purpose: z.enum(['document', 'image']),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  url: z.string(),
});
export type UploadView = z.infer<typeof UploadView>;

export const ApplicationKind = z.enum(['new', 'renewal']);

export const ApplicationView = z.object({
  id: z.number().int(),
  kind: ApplicationKind,
  status: ApplicationStatus,
  applicantUserId: z.number().int(),
  supplierId: z.number().int().nullable(),
  name: z.string(),
  creditCode: z.string(),
  entityType: EntityType,
  county: CountyCode,
  countyName: z.string(),
  town: z.string(),
  village: z.string().nullable(),
  address: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  legalRep: z.string(),
  householdsLinked: z.number().int(),
  description: z.string(),
  documents: z.array(UploadView),
  /** The reviewer's reason for the latest decision. */
  reason: z.string().nullable(),
  certificateNo: z.string().nullable(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const ApplicationListQuery = PageQuery.extend({
  status: ApplicationStatus.optional(),
  county: CountyCode.optional(),
  kind: ApplicationKind.optional(),
  submittedFrom: IsoDate.optional(),
  submittedTo: IsoDate.optional(),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;

export const ApproveRequest = z.object({ validUntil: IsoDate.optional(), note: z.string().trim().max(500).optional() });
export type ApproveRequest = z.infer<typeof ApproveRequest>;

export const ApprovalResult = z.object({
  applicationId: z.number().int(),
  supplierId: z.number().int(),
  certificateNo: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
});
export type ApprovalResult = z.infer<typeof ApprovalResult>;

export const SupplierListQuery = PageQuery.extend({
  status: SupplierStatus.optional(),
  county: CountyCode.optional(),
  q: z.string().trim().max(100).optional(),
});
export type SupplierListQuery = z.infer<typeof SupplierListQuery>;

export const CertificateView = z.object({ no: z.string(), validFrom: z.string(), validUntil: z.string(), status: z.string() });
export type CertificateView = z.infer<typeof CertificateView>;

/** A supplier as association staff and the supplier itself see it. */
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

export const RenewalNotice = z.object({
  certificateNo: z.string(),
  validUntil: z.string(),
  daysLeft: z.number().int(),
  /** True from 30 days before expiry (and after it) until a renewal is pending. */
  due: z.boolean(),
  renewalPending: z.boolean(),
});
export type RenewalNotice = z.infer<typeof RenewalNotice>;

export const SupplierProfileView = SupplierAdminView.extend({ renewal: RenewalNotice.nullable() });
export type SupplierProfileView = z.infer<typeof SupplierProfileView>;

export const AuditQuery = PageQuery.extend({
  subject: z.string().regex(/^(supplier|product|application|village_point):\d+$/, 'must look like supplier:<id>, product:<id>, application:<id> or village_point:<id>'),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntryView = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  action: z.string(),
  subject: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

/** What a certificate says today, for anyone holding the product or its packaging: the holder may since be suspended. */
export const CertificateCheckStatus = z.enum(['valid', 'suspended', 'revoked', 'expired']);
export type CertificateCheckStatus = z.infer<typeof CertificateCheckStatus>;

/** The public check of a certificate number (`GET /api/certificates/:certificateNo`, the storefront's /verify page). */
export const CertificateCheck = z.object({
  no: z.string(),
  subjectType: z.enum(['supplier', 'product']),
  holder: z.object({ supplierId: z.number().int(), name: z.string(), countyCode: CountyCode }),
  /** For a product's certificate. */
  product: z.object({ id: z.number().int(), name: z.string() }).optional(),
  validFrom: IsoDate,
  validUntil: IsoDate,
  status: CertificateCheckStatus,
});
export type CertificateCheck = z.infer<typeof CertificateCheck>;

/** The association's decisions on an application its applicant may read, each with the reason given; newest first. */
export const APPLICATION_DECISIONS = ['changes_requested', 'approved', 'rejected'] as const;
export const ApplicationDecisionList = z.object({
  items: z.array(z.object({ decision: z.enum(APPLICATION_DECISIONS), reason: z.string().nullable(), at: z.string() })),
});
export type ApplicationDecisionList = z.infer<typeof ApplicationDecisionList>;
