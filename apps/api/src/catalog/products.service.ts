import type { CertificateView, ProductAdminView, ProductListQuery, ProductStatus, SkuView } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { In, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { CertificateEntity, SupplierEntity } from '../certification/certification.entities';
import { AppError } from '../common/app-error';
import { defineProcess, type MoveOptions, type Transitions } from '../common/process';
import { Database } from '../database/database';
import { OutboxService } from '../outbox/outbox.service';
import { StockLevelEntity, StockLocationEntity } from '../inventory/inventory.entities';
import { ProductEntity, SkuEntity } from './catalog.entities';

function certificateView(c: CertificateEntity): CertificateView {
  return { no: c.no, validFrom: c.validFrom, validUntil: c.validUntil, status: c.status };
}

/**
 * A product's review lifecycle. A supplier sends a draft (or a rejected, revoked or expired product) for
 * review; staff certify or reject it. A certified product is certified again on renewal, goes back to review
 * when reviewed fields change, and is revoked by staff or expires with its certificate.
 */
export const PRODUCT_PROCESS: Transitions<ProductStatus> = {
  draft: ['pending'],
  pending: ['certified', 'rejected'],
  certified: ['certified', 'pending', 'revoked', 'expired'],
  rejected: ['pending'],
  revoked: ['pending'],
  expired: ['pending'],
};

const productReview = defineProcess<ProductEntity, ProductStatus>({
  entity: ProductEntity,
  transitions: PRODUCT_PROCESS,
  noun: 'Product',
  conflict: 'PRODUCT_STATE_CONFLICT',
});

/** Products as their supplier and association staff see them, whatever their status. */
@Injectable()
export class ProductsService {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Moves a product from the status the caller expects (and, with `guard`, more that must still hold); false
   * when it is not there any more: of two staff deciding at once, one wins.
   */
  tryMoveStatus(m: EntityManager, product: { id: number; status: ProductStatus }, to: ProductStatus, options: MoveOptions<ProductEntity> = {}): Promise<boolean> {
    return productReview.tryMove(m, product, to, undefined, options);
  }

  /** As tryMoveStatus, for a product the caller holds: a step the lifecycle has not, or a lost race, is a 409. */
  moveStatus(m: EntityManager, product: { id: number; status: ProductStatus }, to: ProductStatus, options: MoveOptions<ProductEntity> = {}): Promise<void> {
    return productReview.move(m, product, to, undefined, options);
  }

  /** The product's status and current certificate, or null when there is no such product. */
  async reviewState(m: EntityManager, id: number): Promise<Pick<ProductEntity, 'status' | 'certificateId'> | null> {
    return m.findOne(ProductEntity, { where: { id }, select: { id: true, status: true, certificateId: true } });
  }

  async setCertificate(m: EntityManager, id: number, certificateId: number): Promise<void> {
    await m.update(ProductEntity, { id }, { certificateId });
  }

  /** Counts goods sold (or, negative, refunded) into each product's sales figure, which "sort by sales" reads,
   * and tells search. Products are taken in id order so concurrent payments lock their rows in one order.
   */
  async addSales(m: EntityManager, lines: { productId: number; quantity: number }[]): Promise<void> {
    const byProduct = new Map<number, number>();
    for (const line of lines) byProduct.set(line.productId, (byProduct.get(line.productId) ?? 0) + line.quantity);
    for (const [productId, quantity] of [...byProduct].sort(([a], [b]) => a - b)) {
      if (quantity === 0) continue;
      await m.increment(ProductEntity, { id: productId, salesCount: MoreThanOrEqual(-quantity) }, 'salesCount', quantity);
      await this.outbox.emit(m, 'product.changed', { type: 'product', id: productId }, { sales: quantity });
    }
  }

  async list(query: ProductListQuery, m: EntityManager = this.db.manager): Promise<{ items: ProductAdminView[]; total: number }> {
    const q = m
      .createQueryBuilder(ProductEntity, 'p')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.supplierId) q.andWhere('p.supplier_id = :supplierId', { supplierId: query.supplierId });
    if (query.status) q.andWhere('p.status = :status', { status: query.status });
    if (query.renewalRequested !== undefined) q.andWhere('p.renewal_requested = :renewal', { renewal: query.renewalRequested });
    if (query.q) q.andWhere('p.name LIKE :q', { q: `%${query.q}%` });
    // The review queue is worked oldest first; every other list shows the newest first.
    if (query.status === 'pending') q.orderBy('p.submitted_at', 'ASC').addOrderBy('p.id', 'ASC');
    else q.orderBy('p.id', 'DESC');
    const [rows, total] = await q.getManyAndCount();
    return { items: await this.adminViews(m, rows), total };
  }

  async adminView(id: number, m: EntityManager = this.db.manager): Promise<ProductAdminView> {
    const product = await m.findOneBy(ProductEntity, { id });
    if (!product) throw AppError.notFound('Product', id);
    const [view] = await this.adminViews(m, [product]);
    return view;
  }

  /** SKUs per product, with what the supplier's online warehouse can still sell. */
  async skuViews(m: EntityManager, productIds: number[]): Promise<Map<number, SkuView[]>> {
    const byProduct = new Map<number, SkuView[]>(productIds.map((id) => [id, []]));
    if (productIds.length === 0) return byProduct;
    const skus = await m.find(SkuEntity, { where: { productId: In(productIds) }, order: { id: 'ASC' } });
    const available = await this.onlineAvailable(m, skus.map((s) => s.id));
    for (const s of skus) {
      byProduct.get(s.productId)?.push({
        id: s.id,
        spec: s.spec,
        unit: s.unit,
        weightGrams: s.weightGrams,
        priceFen: s.priceFen,
        available: available.get(s.id) ?? 0,
      });
    }
    return byProduct;
  }

  private async adminViews(m: EntityManager, products: ProductEntity[]): Promise<ProductAdminView[]> {
    if (products.length === 0) return [];
    const certificateIds = products.map((p) => p.certificateId).filter((id): id is number => id !== null);
    const [suppliers, skus, certificates] = await Promise.all([
      m.find(SupplierEntity, { select: { id: true, name: true }, where: { id: In([...new Set(products.map((p) => p.supplierId))]) } }),
      this.skuViews(m, products.map((p) => p.id)),
      certificateIds.length ? m.find(CertificateEntity, { where: { id: In(certificateIds) } }) : [],
    ]);
    const supplierNames = new Map(suppliers.map((s) => [s.id, s.name]));
    const certificatesById = new Map(certificates.map((c) => [c.id, c]));
    return products.map((p) => {
      const certificate = p.certificateId === null ? undefined : certificatesById.get(p.certificateId);
      return {
        id: p.id,
        supplierId: p.supplierId,
        supplierName: supplierNames.get(p.supplierId) ?? '',
        name: p.name,
        categoryCode: p.categoryCode,
        countyCode: p.countyCode,
        originTown: p.originTown,
        originVillage: p.originVillage,
        description: p.description,
        status: p.status,
        listed: p.listed,
        images: p.images,
        shelfLife: p.shelfLife,
        storage: p.storage,
        skus: skus.get(p.id) ?? [],
        certificate: certificate ? certificateView(certificate) : null,
        reviewReason: p.reviewReason,
        renewalRequested: p.renewalRequested,
        createdAt: new Date(p.createdAt).toISOString(),
        updatedAt: new Date(p.updatedAt).toISOString(),
      };
    });
  }

  private async onlineAvailable(m: EntityManager, skuIds: number[]): Promise<Map<number, number>> {
    if (skuIds.length === 0) return new Map();
    const rows: { sku: number | string; n: number | string }[] = await m
      .createQueryBuilder(StockLevelEntity, 'l')
      .innerJoin(StockLocationEntity, 'w', "w.id = l.location_id AND w.kind = 'warehouse'")
      .select('l.sku_id', 'sku')
      .addSelect('SUM(l.available)', 'n')
      .where('l.sku_id IN (:...skuIds)', { skuIds })
      .groupBy('l.sku_id')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.sku), Number(r.n)]));
  }
}
