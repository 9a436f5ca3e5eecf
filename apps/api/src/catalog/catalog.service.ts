import {
  CATEGORIES,
  categoryNameOf,
  type CategoryView,
  COUNTIES,
  countyNameOf,
  type CountyTowns,
  type CountyView,
  type PublicProductView,
  type PublicSupplierView,
  type ShippingRule,
} from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CertificateEntity, SupplierEntity } from '../certification/certification.entities';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { selectSql } from '../database/rows';
import { ShippingRuleEntity } from '../orders/orders.entities';
import { ProductEntity } from './catalog.entities';
import { ProductsService } from './products.service';
import { townsOf } from './towns';

/** The one statement of "on sale": shoppers see and buy a product only while all of this holds. */
const ON_SALE = { productStatus: 'certified', listed: true, supplierStatus: 'active' } as const;

/** Why a product may not be bought now, or null when it may. */
export function whyNotOnSale(p: { productStatus: string; listed: boolean; supplierStatus: string }): string | null {
  if (p.productStatus !== ON_SALE.productStatus) return `product is ${p.productStatus}, not ${ON_SALE.productStatus}`;
  if (p.listed !== ON_SALE.listed) return 'product is not listed for sale';
  if (p.supplierStatus !== ON_SALE.supplierStatus) return `supplier is ${p.supplierStatus}`;
  return null;
}

/** Narrows a product query to what is on sale. */
export function onlyPublic<T extends object>(query: SelectQueryBuilder<T>, product = 'p'): SelectQueryBuilder<T> {
  return query
    .innerJoin('suppliers', 's', `s.id = ${product}.supplier_id`)
    .andWhere(`${product}.status = :onSaleStatus`, { onSaleStatus: ON_SALE.productStatus })
    .andWhere(`${product}.listed = :onSaleListed`, { onSaleListed: ON_SALE.listed })
    .andWhere('s.status = :onSaleSupplier', { onSaleSupplier: ON_SALE.supplierStatus });
}

type PublicSupplierProfile = Omit<PublicSupplierView, 'productCount'>;

/** A SKU as checkout needs it: what it is, what it costs, who sells it and whether it may be sold now. */
export interface PurchasableSku {
  skuId: number;
  productId: number;
  productName: string;
  spec: string;
  priceFen: number;
  supplierId: number;
  supplierName: string;
  shipping: ShippingRule;
  /** The supplier's online warehouse, where online orders take their goods from. */
  warehouseId: number | null;
  /** Null when the SKU may be sold; otherwise why not. */
  unavailable: string | null;
}

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

  /** The towns an application or a product's origin may name in a county; an unknown county is a 404. */
  countyTowns(code: string): CountyTowns {
    const county = COUNTIES.find((c) => c.code === code);
    if (!county) throw AppError.notFound('County', code);
    return { code: county.code, name: county.name, towns: [...townsOf(county.code)] };
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

  /** The SKUs asked for that exist, each saying whether shoppers may buy it now. */
  async purchasable(m: EntityManager, skuIds: number[]): Promise<Map<number, PurchasableSku>> {
    if (skuIds.length === 0) return new Map();
    const rows = await selectSql<Record<string, string | number | null>>(
      m,
      `SELECT k.id AS sku_id, k.spec AS spec, k.price_fen AS price_fen, p.id AS product_id, p.name AS product_name,
              p.status AS product_status, p.listed AS listed, s.id AS supplier_id, s.name AS supplier_name,
              s.status AS supplier_status, r.flat_fee_fen AS flat_fee, r.free_over_fen AS free_over,
              w.id AS warehouse_id
         FROM skus k
         JOIN products p ON p.id = k.product_id
         JOIN suppliers s ON s.id = p.supplier_id
         LEFT JOIN shipping_rules r ON r.supplier_id = s.id
         LEFT JOIN stock_locations w ON w.supplier_id = s.id AND w.kind = 'warehouse'
        WHERE k.id IN (${skuIds.map(() => '?').join(', ')})`,
      skuIds,
    );
    return new Map(
      rows.map((r) => {
        const unavailable = whyNotOnSale({ productStatus: String(r.product_status), listed: Boolean(Number(r.listed)), supplierStatus: String(r.supplier_status) });
        const sku: PurchasableSku = {
          skuId: Number(r.sku_id),
          productId: Number(r.product_id),
          productName: String(r.product_name),
          spec: String(r.spec),
          priceFen: Number(r.price_fen),
          supplierId: Number(r.supplier_id),
          supplierName: String(r.supplier_name),
          shipping: { flatFeeFen: Number(r.flat_fee ?? 0), freeOverFen: r.free_over === null ? null : Number(r.free_over) },
          warehouseId: r.warehouse_id === null ? null : Number(r.warehouse_id),
          unavailable,
        };
        return [sku.skuId, sku];
      }),
    );
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
      shipping: await this.shippingRuleOf(m, supplier.id),
    };
  }

  /** A supplier without a rule of its own ships for free. */
  private async shippingRuleOf(m: EntityManager, supplierId: number): Promise<ShippingRule> {
    const rule = await m.findOneBy(ShippingRuleEntity, { supplierId });
    return { flatFeeFen: rule?.flatFeeFen ?? 0, freeOverFen: rule?.freeOverFen ?? null };
  }
}
