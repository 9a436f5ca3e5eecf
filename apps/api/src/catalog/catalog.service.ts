import {
  CATEGORIES,
  categoryNameOf,
  type CategoryView,
  COUNTIES,
  countyNameOf,
  type CountyView,
  type PublicProductView,
  type PublicSupplierView,
} from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CertificateEntity, SupplierEntity } from '../certification/certification.entities';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { ProductEntity } from './catalog.entities';
import { ProductsService } from './products.service';

/** Shoppers see a product only while it is certified and listed and its supplier is active. */
export function onlyPublic<T extends object>(query: SelectQueryBuilder<T>, product = 'p'): SelectQueryBuilder<T> {
  return query
    .innerJoin('suppliers', 's', `s.id = ${product}.supplier_id`)
    .andWhere(`${product}.status = 'certified'`)
    .andWhere(`${product}.listed = :listed`, { listed: true })
    .andWhere(`s.status = 'active'`);
}

type PublicSupplierProfile = Omit<PublicSupplierView, 'productCount'>;

/** What anyone may read: vocabulary, category counts, and public product and supplier pages. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly db: Database,
    private readonly products: ProductsService,
  ) {}

  counties(): CountyView[] {
    return COUNTIES.map(({ code, name }) => ({ code, name }));
  }

  async categories(): Promise<CategoryView[]> {
    const rows: { code: string; n: string | number }[] = await onlyPublic(
      this.db.manager.createQueryBuilder(ProductEntity, 'p'),
    )
      .select('p.category_code', 'code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('p.category_code')
      .getRawMany();
    const counts = new Map(rows.map((r) => [r.code, Number(r.n)]));
    return CATEGORIES.map(({ code, name, nameEn }) => ({ code, name, nameEn, productCount: counts.get(code) ?? 0 }));
  }

  async product(id: number): Promise<PublicProductView> {
    const m = this.db.manager;
    const product = await onlyPublic(m.createQueryBuilder(ProductEntity, 'p').where('p.id = :id', { id })).getOne();
    const certificate = product?.certificateId ? await m.findOneBy(CertificateEntity, { id: product.certificateId }) : null;
    if (!product || !certificate) throw AppError.notFound('Product', id);
    const [supplier, skus] = await Promise.all([this.supplierProfile(m, product.supplierId), this.products.skuViews(m, [product.id])]);
    return {
      id: product.id,
      name: product.name,
      categoryCode: product.categoryCode,
      categoryName: categoryNameOf(product.categoryCode),
      description: product.description,
      county: { code: product.countyCode, name: countyNameOf(product.countyCode) },
      originTown: product.originTown,
      originVillage: product.originVillage,
      images: product.images,
      shelfLife: product.shelfLife,
      storage: product.storage,
      skus: (skus.get(product.id) ?? []).map(({ available, ...sku }) => ({ ...sku, inStock: available > 0 })),
      supplier,
      certificate: { no: certificate.no, validUntil: certificate.validUntil },
      householdsLinked: supplier.householdsLinked,
      salesCount: product.salesCount,
    };
  }

  async supplier(id: number): Promise<PublicSupplierView> {
    const m = this.db.manager;
    const profile = await this.supplierProfile(m, id);
    const productCount = await onlyPublic(m.createQueryBuilder(ProductEntity, 'p').where('p.supplier_id = :id', { id })).getCount();
    return { ...profile, productCount };
  }

  /** An active supplier with its certificate; any other supplier is not public. */
  private async supplierProfile(m: EntityManager, id: number): Promise<PublicSupplierProfile> {
    const supplier = await m.findOneBy(SupplierEntity, { id, status: 'active' });
    const certificate = supplier?.certificateId ? await m.findOneBy(CertificateEntity, { id: supplier.certificateId }) : null;
    if (!supplier || !certificate) throw AppError.notFound('Supplier', id);
    return {
      id: supplier.id,
      name: supplier.name,
      entityType: supplier.entityType,
      countyCode: supplier.countyCode,
      countyName: countyNameOf(supplier.countyCode),
      town: supplier.town,
      village: supplier.village,
      householdsLinked: supplier.householdsLinked,
      description: supplier.description,
      certificate: { no: certificate.no, validUntil: certificate.validUntil },
    };
  }
}
