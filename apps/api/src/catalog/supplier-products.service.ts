import { PRODUCT_DECISIONS, type ProductAdminView, type ProductDecisionList, type ProductDraftRequest, type ProductListQuery, type ProductPatchRequest, type ProductStatus } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CertificateEntity, SupplierEntity } from '../certification/certification.entities';
import { AppError } from '../common/app-error';
import { Clock, daysBetween } from '../common/clock';
import { Database } from '../database/database';
import { ownSupplierId, type Principal } from '../identity/auth.decorators';
import { InventoryService } from '../inventory/inventory.service';
import { OutboxService } from '../outbox/outbox.service';
import { ProductEntity, SkuEntity } from './catalog.entities';
import { ProductsService } from './products.service';

type NewSku = ProductDraftRequest['skus'][number];
type ProductFields = Omit<ProductPatchRequest, 'skus'>;

const MAX_SKUS = 20;
const RENEWAL_WINDOW_DAYS = 30;
const SUBMITTABLE: ProductStatus[] = ['draft', 'rejected', 'revoked', 'expired'];
/** What the certificate vouches for: changing any of these needs a new review. */
/** What the certificate vouches for: shoppers buy by the name, the pictures and the place of origin. */
const REVIEWED_FIELDS = ['name', 'categoryCode', 'images', 'originTown', 'originVillage'] as const;
const EDITABLE_SKU_FIELDS = ['spec', 'unit', 'weightGrams', 'priceFen'] as const;

/** A supplier's own catalog: drafts, edits, submission for certification, listing and renewal. */
@Injectable()
export class SupplierProductsService {
  constructor(
    private readonly db: Database,
    private readonly products: ProductsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly inventory: InventoryService,
  ) {}

  list(user: Principal, query: ProductListQuery): Promise<{ items: ProductAdminView[]; total: number }> {
    return this.products.list({ ...query, supplierId: ownSupplierId(user) });
  }

  /**
   * Every decision of the association on the supplier's own product, with its reason, newest first: a product
   * rejected twice shows both reasons, not only the latest one the product keeps.
   */
  async decisions(user: Principal, id: number): Promise<ProductDecisionList> {
    await this.ownProduct(this.db.manager.createQueryBuilder(ProductEntity, 'p'), ownSupplierId(user), id);
    return { items: await this.audit.decisionsOn('product', id, PRODUCT_DECISIONS) };
  }

  async get(user: Principal, id: number): Promise<ProductAdminView> {
    await this.ownProduct(this.db.manager.createQueryBuilder(ProductEntity, 'p'), ownSupplierId(user), id);
    return this.products.adminView(id);
  }

  create(user: Principal, draft: ProductDraftRequest): Promise<ProductAdminView> {
    return this.db.transaction(async (m) => {
      const supplier = await this.lockedSupplier(m, user);
      assertActive(supplier);
      const { skus, ...fields } = draft;
      const product = await m.save(
        m.create(ProductEntity, {
          ...fields,
          originVillage: fields.originVillage ?? null,
          shelfLife: fields.shelfLife ?? null,
          storage: fields.storage ?? null,
          supplierId: supplier.id,
          countyCode: supplier.countyCode,
          status: 'draft',
          // On sale as soon as it is certified, until the supplier unlists it.
          listed: true,
          certificateId: null,
          salesCount: 0,
          reviewReason: null,
          renewalRequested: false,
          submittedAt: null,
        }),
      );
      await this.addSkus(m, supplier, product.id, skus, user.userId);
      await this.record(m, user, 'product.created', product.id, null, { status: 'draft', ...draft });
      return this.products.adminView(product.id, m);
    });
  }

  update(user: Principal, id: number, patch: ProductPatchRequest): Promise<ProductAdminView> {
    return this.change(user, id, async (m, product, supplier) => {
      if (product.status === 'pending') {
        throw AppError.conflict('PRODUCT_UNDER_REVIEW', `Product ${id} is under review; wait for the decision before editing it`);
      }
      const { skus, ...fields } = patch;
      const fieldChanges = changedFields(product, fields);
      const skuChanges = skus ? await this.applySkus(m, supplier, product.id, skus, user.userId) : { before: [], after: [] };
      if (Object.keys(fieldChanges.after).length === 0 && skuChanges.after.length === 0) return;

      const wasPublicFacing = product.status === 'certified';
      const reviewed = REVIEWED_FIELDS.filter((field) => field in fieldChanges.after);
      const backToReview = wasPublicFacing && reviewed.length > 0;
      if (Object.keys(fieldChanges.after).length > 0) await m.update(ProductEntity, { id }, fieldChanges.after);
      if (backToReview) await this.products.moveStatus(m, product, 'pending', { set: { submittedAt: this.clock.now(), renewalRequested: false } });

      await this.record(
        m,
        user,
        'product.updated',
        id,
        { ...fieldChanges.before, ...(skuChanges.before.length ? { skus: skuChanges.before } : {}) },
        { ...fieldChanges.after, ...(skuChanges.after.length ? { skus: skuChanges.after } : {}) },
      );
      if (backToReview) {
        await this.record(m, user, 'product.back_to_review', id, { status: 'certified' }, { status: 'pending' }, `changed ${reviewed.join(', ')}`);
      }
      if (wasPublicFacing) await this.outbox.emit(m, 'product.changed', { type: 'product', id }, { reason: backToReview ? 'back_to_review' : 'edited' });
    });
  }

  submit(user: Principal, id: number): Promise<ProductAdminView> {
    return this.change(user, id, async (m, product) => {
      if (!SUBMITTABLE.includes(product.status)) {
        throw AppError.conflict('PRODUCT_NOT_SUBMITTABLE', `Product ${id} is ${product.status}; only a draft, rejected, revoked or expired product can be submitted`);
      }
      await this.sendForReview(m, user, product, 'product.submitted');
    });
  }

  setListed(user: Principal, id: number, listed: boolean, reason?: string): Promise<ProductAdminView> {
    return this.change(user, id, async (m, product) => {
      if (product.status !== 'certified') {
        throw AppError.conflict('PRODUCT_NOT_CERTIFIED', `Product ${id} is ${product.status}; only a certified product can be listed or unlisted`);
      }
      if (product.listed === listed) return;
      await m.update(ProductEntity, { id }, { listed });
      await this.record(m, user, listed ? 'product.listed' : 'product.unlisted', id, { listed: !listed }, { listed }, reason);
      await this.outbox.emit(m, 'product.changed', { type: 'product', id }, { reason: listed ? 'listed' : 'unlisted' });
    });
  }

  /** From 30 days before its certificate runs out a certified product may ask for renewal; an expired one goes back to review. */
  renew(user: Principal, id: number): Promise<ProductAdminView> {
    return this.change(user, id, async (m, product) => {
      if (product.status === 'expired') return this.sendForReview(m, user, product, 'product.renewal_requested');
      const certificate =
        product.status === 'certified' && product.certificateId !== null ? await m.findOneBy(CertificateEntity, { id: product.certificateId }) : null;
      if (!certificate) {
        throw AppError.conflict('PRODUCT_NOT_RENEWABLE', `Product ${id} is ${product.status}; only a certified or expired product can be renewed`);
      }
      if (product.renewalRequested) throw AppError.conflict('RENEWAL_ALREADY_REQUESTED', `Renewal of product ${id} is already waiting for review`);
      const daysLeft = daysBetween(this.clock.today(), certificate.validUntil);
      if (daysLeft > RENEWAL_WINDOW_DAYS) {
        throw AppError.conflict(
          'RENEWAL_NOT_DUE',
          `Certificate ${certificate.no} is valid until ${certificate.validUntil}; renewal opens ${RENEWAL_WINDOW_DAYS} days before that`,
        );
      }
      await m.update(ProductEntity, { id }, { renewalRequested: true });
      await this.record(m, user, 'product.renewal_requested', id, { renewalRequested: false }, { renewalRequested: true, certificateNo: certificate.no });
    });
  }

  /** Runs one change to the caller's own product, holding the rows it decides on, and answers with the product as it is then. */
  private change(
    user: Principal,
    id: number,
    work: (m: EntityManager, product: ProductEntity, supplier: SupplierEntity) => Promise<void>,
  ): Promise<ProductAdminView> {
    return this.db.transaction(async (m) => {
      const supplier = await this.lockedSupplier(m, user);
      const product = await this.ownProduct(this.forUpdate(m.createQueryBuilder(ProductEntity, 'p')), supplier.id, id);
      assertActive(supplier);
      await work(m, product, supplier);
      return this.products.adminView(id, m);
    });
  }

  private async sendForReview(m: EntityManager, user: Principal, product: ProductEntity, action: string): Promise<void> {
    const before = { status: product.status };
    await this.products.moveStatus(m, product, 'pending', { set: { submittedAt: this.clock.now(), reviewReason: null } });
    await this.record(m, user, action, product.id, before, { status: 'pending' });
  }

  private async ownProduct(query: SelectQueryBuilder<ProductEntity>, supplierId: number, id: number): Promise<ProductEntity> {
    const product = await query.where('p.id = :id', { id }).getOne();
    if (!product) throw AppError.notFound('Product', id);
    if (product.supplierId !== supplierId) throw AppError.forbidden('This product belongs to another supplier');
    return product;
  }

  /** Holding the supplier row keeps its catalog writes in line, so two of them cannot both create its warehouse. */
  private async lockedSupplier(m: EntityManager, user: Principal): Promise<SupplierEntity> {
    const supplier = await this.forUpdate(m.createQueryBuilder(SupplierEntity, 's'))
      .where('s.id = :id', { id: ownSupplierId(user) })
      .getOne();
    if (!supplier) throw AppError.forbidden('This account does not act for a supplier');
    return supplier;
  }

  /** A locking read on MySQL keeps the row as read until commit; SQLite already runs one transaction at a time. */
  private forUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return this.db.kind === 'mysql' ? query.setLock('pessimistic_write') : query;
  }

  /** Updates the SKUs named by id and adds the others; returns what changed, for the audit log. */
  private async applySkus(
    m: EntityManager,
    supplier: SupplierEntity,
    productId: number,
    skus: NonNullable<ProductPatchRequest['skus']>,
    actorUserId: number,
  ): Promise<{ before: object[]; after: object[] }> {
    const existing = new Map((await m.findBy(SkuEntity, { productId })).map((s) => [s.id, s]));
    const added = skus.filter((s) => s.id === undefined);
    if (existing.size + added.length > MAX_SKUS) throw AppError.invalid('skus', `a product has at most ${MAX_SKUS} SKUs`);
    const changes = { before: [] as object[], after: [] as object[] };
    for (const [index, { id, stock, ...fields }] of skus.entries()) {
      if (id === undefined) continue;
      const sku = existing.get(id);
      if (!sku) throw AppError.invalid(`skus.${index}.id`, `is not a SKU of product ${productId}`);
      if (stock !== undefined) throw AppError.invalid(`skus.${index}.stock`, 'of an existing SKU changes through a stock adjustment');
      const changed = EDITABLE_SKU_FIELDS.filter((field) => fields[field] !== undefined && fields[field] !== sku[field]);
      if (changed.length === 0) continue;
      const after = Object.fromEntries(changed.map((field) => [field, fields[field]]));
      await m.update(SkuEntity, { id }, after);
      changes.before.push({ id, ...Object.fromEntries(changed.map((field) => [field, sku[field]])) });
      changes.after.push({ id, ...after });
    }
    const addedIds = await this.addSkus(m, supplier, productId, added, actorUserId);
    changes.after.push(...added.map((sku, i) => ({ id: addedIds[i], ...sku })));
    return changes;
  }

  /** New SKUs start with their opening stock in the supplier's online warehouse, entered in the ledger. */
  private async addSkus(m: EntityManager, supplier: SupplierEntity, productId: number, skus: NewSku[], actorUserId: number): Promise<number[]> {
    if (skus.length === 0) return [];
    const locationId = await this.inventory.openWarehouse(m, supplier);
    const ids: number[] = [];
    for (const { stock = 0, ...fields } of skus) {
      const sku = await m.save(m.create(SkuEntity, { ...fields, weightGrams: fields.weightGrams ?? null, productId }));
      await this.inventory.openStock(m, { skuId: sku.id, locationId, quantity: stock }, actorUserId);
      ids.push(sku.id);
    }
    return ids;
  }

  private record(m: EntityManager, user: Principal, action: string, id: number, before: object | null, after: object, reason?: string): Promise<void> {
    return this.audit.record(m, { actorUserId: user.userId, action, subjectType: 'product', subjectId: id, before, after, reason });
  }
}

function assertActive(supplier: SupplierEntity): void {
  if (supplier.status !== 'active') {
    throw AppError.conflict('SUPPLIER_NOT_ACTIVE', `The supplier is ${supplier.status}; its catalog cannot change until it is active again`);
  }
}

/** The fields the patch really changes, as they were and as they become. */
function changedFields(product: ProductEntity, fields: ProductFields): { before: Partial<ProductEntity>; after: Partial<ProductEntity> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const current = product[key as keyof ProductFields];
    if (value === undefined || JSON.stringify(value) === JSON.stringify(current)) continue;
    before[key] = current;
    after[key] = value;
  }
  return { before, after };
}
