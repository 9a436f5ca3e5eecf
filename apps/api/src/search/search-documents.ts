import { countyNameOf, categoryNameOf } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ProductEntity, SkuEntity } from '../catalog/catalog.entities';
import { onlyPublic } from '../catalog/catalog.service';
import { SupplierEntity } from '../certification/certification.entities';
import { Database } from '../database/database';
import { StockLevelEntity } from '../inventory/inventory.entities';
import type { SearchDocument } from './search-engine';
import { TextNormalizer } from './text/text-normalizer';

/** Builds search documents from the database, the record: only public products become documents. */
@Injectable()
export class SearchDocuments {
  constructor(
    private readonly db: Database,
    private readonly text: TextNormalizer,
  ) {}

  /** Ids of the public products, in pages, for a full rebuild. */
  async publicIdsAfter(afterId: number, limit: number): Promise<number[]> {
    const rows: { id: number }[] = await onlyPublic(this.db.manager.createQueryBuilder(ProductEntity, 'p'))
      .select('p.id', 'id')
      .andWhere('p.id > :afterId', { afterId })
      .orderBy('p.id', 'ASC')
      .limit(limit)
      .getRawMany();
    return rows.map((r) => Number(r.id));
  }

  async countPublic(): Promise<number> {
    return onlyPublic(this.db.manager.createQueryBuilder(ProductEntity, 'p')).getCount();
  }

  productIdsOfSupplier(supplierId: number): Promise<number[]> {
    return this.db.manager.find(ProductEntity, { select: { id: true }, where: { supplierId } }).then((rows) => rows.map((r) => r.id));
  }

  /** Documents for those of the ids that are public now; the others are to be removed from the engine. */
  async load(ids: number[]): Promise<{ documents: SearchDocument[]; notPublic: number[] }> {
    if (ids.length === 0) return { documents: [], notPublic: [] };
    const products = await onlyPublic(this.db.manager.createQueryBuilder(ProductEntity, 'p'))
      .andWhere('p.id IN (:...ids)', { ids })
      .getMany();
    const publicIds = products.map((p) => p.id);
    const [suppliers, skus, stocked] = await Promise.all([
      this.db.manager.findBy(SupplierEntity, { id: In([...new Set(products.map((p) => p.supplierId))]) }),
      publicIds.length ? this.db.manager.findBy(SkuEntity, { productId: In(publicIds) }) : [],
      this.inStockProducts(publicIds),
    ]);
    const supplierById = new Map(suppliers.map((s) => [s.id, s]));
    const skusByProduct = new Map<number, SkuEntity[]>();
    for (const sku of skus) skusByProduct.set(sku.productId, [...(skusByProduct.get(sku.productId) ?? []), sku]);
    const documents = products.flatMap((p) => {
      const supplier = supplierById.get(p.supplierId);
      const productSkus = skusByProduct.get(p.id) ?? [];
      if (!supplier || productSkus.length === 0) return [];
      return [this.document(p, supplier, productSkus, stocked.has(p.id))];
    });
    const indexed = new Set(documents.map((d) => d.id));
    return { documents, notPublic: ids.filter((id) => !indexed.has(id)) };
  }

  private document(p: ProductEntity, supplier: SupplierEntity, skus: SkuEntity[], inStock: boolean): SearchDocument {
    const countyName = countyNameOf(p.countyCode)
    return {
      id: p.id,
      name: p.name,
      ...this.text.documentFields({
        name: p.name,
        categoryName: categoryNameOf(p.categoryCode),
        countyName,
        town: p.originTown,
        village: p.originVillage,
        supplierName: supplier.name,
        description: p.description,
        skuSpecs: skus.map((s) => s.spec),
      }),
      categoryCode: p.categoryCode,
      countyCode: p.countyCode,
      countyName,
      supplierId: supplier.id,
      supplierName: supplier.name,
      priceFen: Math.min(...skus.map((s) => s.priceFen)),
      inStock,
      salesCount: p.salesCount,
      createdAt: new Date(p.createdAt).getTime(),
      imageUrl: p.images[0] ?? null,
    };
  }

  private async inStockProducts(productIds: number[]): Promise<Set<number>> {
    if (productIds.length === 0) return new Set();
    const rows: { productId: number }[] = await this.db.manager
      .createQueryBuilder(StockLevelEntity, 'l')
      .innerJoin(SkuEntity, 'k', 'k.id = l.sku_id')
      .select('DISTINCT k.product_id', 'productId')
      .where('k.product_id IN (:...productIds)', { productIds })
      .andWhere('l.available > 0')
      .getRawMany();
    return new Set(rows.map((r) => Number(r.productId)));
  }
}
