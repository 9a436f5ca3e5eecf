import { z } from 'zod';
import { CertificateView, IsoDate, Reason } from './certification';
import { ImageUrl } from './media';
import { ShippingRule } from './orders';
import { PageQuery } from './paging';
import { CategoryCode, CountyCode, EntityType, ProductStatus } from './vocabulary';

export const SkuInput = z.object({
  /** Present to change an existing SKU; absent to add one. */
  id: z.number().int().positive().optional(),
  spec: z.string().trim().min(1).max(100),
  unit: z.string().trim().min(1).max(16),
  weightGrams: z.number().int().min(1).max(1_000_000).optional(),
  priceFen: z.number().int().min(1).max(100_000_000),
  /** Opening stock of a new SKU in the supplier's online warehouse. */
  stock: z.number().int().min(0).max(1_000_000).optional(),
});
export type SkuInput = z.infer<typeof SkuInput>;

const productFields = {
  name: z.string().trim().min(2).max(100),
  categoryCode: CategoryCode,
  description: z.string().trim().max(5000),
  originTown: z.string().trim().min(1).max(50),
  originVillage: z.string().trim().min(1).max(50).optional(),
  images: z.array(ImageUrl).max(9),
  shelfLife: z.string().trim().min(1).max(50).optional(),
  storage: z.string().trim().min(1).max(100).optional(),
};

export const ProductDraftRequest = z.object({
  ...productFields,
  description: productFields.description.default(''),
  images: productFields.images.default([]),
  skus: z.array(SkuInput.omit({ id: true })).min(1).max(20),
});
export type ProductDraftRequest = z.infer<typeof ProductDraftRequest>;

export const ProductPatchRequest = z
  .object({ ...productFields, originVillage: productFields.originVillage.nullable(), skus: z.array(SkuInput).min(1).max(20) })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'must change at least one field');
export type ProductPatchRequest = z.infer<typeof ProductPatchRequest>;

export const CertifyRequest = z.object({ validUntil: IsoDate.optional() });
export type CertifyRequest = z.infer<typeof CertifyRequest>;

export const SkuView = z.object({
  id: z.number().int(),
  spec: z.string(),
  unit: z.string(),
  weightGrams: z.number().int().nullable(),
  priceFen: z.number().int(),
  available: z.number().int(),
});
export type SkuView = z.infer<typeof SkuView>;

/** A product as its supplier and association staff see it. */
export const ProductAdminView = z.object({
  id: z.number().int(),
  supplierId: z.number().int(),
  supplierName: z.string(),
  name: z.string(),
  categoryCode: CategoryCode,
  countyCode: CountyCode,
  originTown: z.string(),
  originVillage: z.string().nullable(),
  description: z.string(),
  status: ProductStatus,
  listed: z.boolean(),
  images: z.array(z.string()),
  shelfLife: z.string().nullable(),
  storage: z.string().nullable(),
  skus: z.array(SkuView),
  certificate: CertificateView.nullable(),
  /** Why the latest review rejected it, or why it was revoked. */
  reviewReason: z.string().nullable(),
  renewalRequested: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProductAdminView = z.infer<typeof ProductAdminView>;

export const ProductListQuery = PageQuery.extend({
  status: ProductStatus.optional(),
  supplierId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  /** true: certified products whose supplier asked to renew the certificate (staff's renewal queue). */
  renewalRequested: z.stringbool().optional(),
});
export type ProductListQuery = z.infer<typeof ProductListQuery>;

export const CertifyResult = z.object({
  certificateNo: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  product: ProductAdminView,
});
export type CertifyResult = z.infer<typeof CertifyResult>;

export const PublicSupplierView = z.object({
  id: z.number().int(),
  name: z.string(),
  entityType: EntityType,
  countyCode: CountyCode,
  countyName: z.string(),
  town: z.string(),
  village: z.string().nullable(),
  householdsLinked: z.number().int(),
  description: z.string(),
  certificate: z.object({ no: z.string(), validUntil: z.string() }),
  /** What the supplier charges for shipping, so a cart can show it before checkout. */
  shipping: ShippingRule,
  productCount: z.number().int(),
});
export type PublicSupplierView = z.infer<typeof PublicSupplierView>;

/** A product as shoppers see it: only while certified, listed and sold by an active supplier. */
export const PublicProductView = z.object({
  id: z.number().int(),
  name: z.string(),
  categoryCode: CategoryCode,
  categoryName: z.string(),
  description: z.string(),
  county: z.object({ code: CountyCode, name: z.string() }),
  originTown: z.string(),
  originVillage: z.string().nullable(),
  images: z.array(z.string()),
  shelfLife: z.string().nullable(),
  storage: z.string().nullable(),
  skus: z.array(SkuView.omit({ available: true }).extend({ inStock: z.boolean() })),
  supplier: PublicSupplierView.omit({ productCount: true }),
  certificate: z.object({ no: z.string(), validUntil: z.string() }),
  householdsLinked: z.number().int(),
  salesCount: z.number().int(),
});
export type PublicProductView = z.infer<typeof PublicProductView>;

/** The association's decisions on a product the supplier may read: each with the reason staff gave. */
export const PRODUCT_DECISIONS = ['certified', 'rejected', 'revoked', 'back_to_review'] as const;
export const ProductDecision = z.object({ decision: z.enum(PRODUCT_DECISIONS), reason: z.string().nullable(), at: z.string() });
export type ProductDecision = z.infer<typeof ProductDecision>;
/** Newest first. */
export const ProductDecisionList = z.object({ items: z.array(ProductDecision) });
export type ProductDecisionList = z.infer<typeof ProductDecisionList>;

/** Taking a certified product off sale: the console asks why, for the product's record; older clients send nothing. */
export const UnlistRequest = z.object({ reason: Reason.optional() });
export type UnlistRequest = z.infer<typeof UnlistRequest>;
