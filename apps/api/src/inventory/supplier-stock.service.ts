import type {
  LowStockThresholdRequest,
  PageQuery,
  SkuStockLevel,
  SkuStockView,
  StockAdjustmentRequest,
  StockLevelView,
  StockListQuery,
  StockMovementView,
} from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ProductEntity, SkuEntity } from '../catalog/catalog.entities';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { updateRows } from '../database/rows';
import { ownSupplierId, type Principal } from '../identity/auth.decorators';
import { StockLevelEntity, StockLocationEntity, StockMovementEntity } from './inventory.entities';
import { InventoryService } from './inventory.service';

/** A SKU's stock row at a location of its supplier (the online warehouse unless another is named). */
interface OwnStock {
  supplierId: number;
  skuId: number;
  locationId: number;
}

/** A SKU's counters at one location; drivers may hand integers back as strings. */
interface LocationRow {
  locationId: number | string;
  locationName: string;
  onHand: number | string;
  reserved: number | string;
  available: number | string;
  lowStockThreshold: number | string;
}

/** One row of the level query, with names to show. */
interface LevelRow extends LocationRow {
  skuId: number | string;
  productId: number | string;
  productName: string;
  skuSpec: string;
}

/** Low stock: a threshold is set (0 means "do not watch") and what can still be sold has fallen to it. */
export function isLow(available: number, lowStockThreshold: number): boolean {
  return lowStockThreshold > 0 && available <= lowStockThreshold;
}
/** The same rule in SQL, for the `low` filter; must agree with isLow. */
const LOW_SQL = '(l.low_stock_threshold > 0 AND l.available <= l.low_stock_threshold)';

/**
 * A supplier's own stock in its online warehouse: levels, counted changes, low-stock thresholds and the ledger.
 * Counters change only through InventoryService; a SKU or location of another supplier answers 403, an unknown
 * one, or a SKU without stock at the location, 404.
 */
@Injectable()
export class SupplierStockService {
  constructor(
    private readonly db: Database,
    private readonly inventory: InventoryService,
  ) {}

  async list(user: Principal, query: StockListQuery): Promise<{ items: StockLevelView[]; total: number }> {
    const supplierId = ownSupplierId(user);
    const q = this.levels(this.db.manager, supplierId);
    if (query.productId !== undefined) q.andWhere('p.id = :productId', { productId: query.productId });
    if (query.low === true) q.andWhere(LOW_SQL);
    if (query.low === false) q.andWhere(`NOT ${LOW_SQL}`);
    const total = await q.getCount();
    const rows = await q
      .orderBy('p.id', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<LevelRow>();
    return { items: rows.map(levelView), total };
  }

  async get(user: Principal, skuId: number): Promise<StockLevelView> {
    const own = await this.ownStock(this.db.manager, ownSupplierId(user), skuId);
    return this.view(this.db.manager, own);
  }

  /** The SKU's stock at every location holding it; none yet is an empty list, not an error. */
  async skuStock(user: Principal, skuId: number): Promise<SkuStockView> {
    const supplierId = ownSupplierId(user);
    await this.ownSku(this.db.manager, supplierId, skuId);
    return this.stockOfSku(this.db.manager, skuId);
  }

  /**
   * A receipt adds goods; an adjustment corrects the count either way, but never writes off goods held for orders.
   * Applies at the named location of the supplier, by default its online warehouse; answers that location's level.
   */
  async adjust(user: Principal, skuId: number, request: StockAdjustmentRequest): Promise<StockLevelView> {
    if (request.delta === 0) throw AppError.invalid('delta', 'must not be 0');
    if (request.kind === 'receipt' && request.delta < 0) {
      throw AppError.invalid('delta', 'of a receipt must be positive; write goods off with kind "adjustment"');
    }
    const supplierId = ownSupplierId(user);
    return this.db.transaction(async (m) => {
      // Resolved in the transaction, so a missing stock row is a 404 here rather than a failed guarded update (409).
      const own = await this.ownStock(m, supplierId, skuId, request.locationId);
      await this.inventory.adjust(
        m,
        { skuId: own.skuId, locationId: own.locationId, delta: request.delta, kind: request.kind },
        { actorUserId: user.userId, reason: request.reason },
      );
      return this.view(m, own);
    });
  }

  /** The threshold is a setting, not a counter: a plain update. */
  async setThreshold(user: Principal, skuId: number, request: LowStockThresholdRequest): Promise<StockLevelView> {
    const own = await this.ownStock(this.db.manager, ownSupplierId(user), skuId);
    return this.db.transaction(async (m) => {
      await updateRows(m, StockLevelEntity, { skuId: own.skuId, locationId: own.locationId }, { lowStockThreshold: request.lowStockThreshold });
      return this.view(m, own);
    });
  }

  /** The ledger of the SKU in the supplier's warehouse, newest first, with who moved the goods and why. */
  async movements(user: Principal, skuId: number, query: PageQuery): Promise<{ items: StockMovementView[]; total: number }> {
    const own = await this.ownStock(this.db.manager, ownSupplierId(user), skuId);
    const [rows, total] = await this.db.manager.findAndCount(StockMovementEntity, {
      where: { skuId: own.skuId, locationId: own.locationId },
      order: { id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        skuId: r.skuId,
        locationId: r.locationId,
        kind: r.kind,
        onHandDelta: r.onHandDelta,
        reservedDelta: r.reservedDelta,
        actorUserId: r.actorUserId,
        reason: r.reason,
        createdAt: new Date(r.createdAt).toISOString(),
      })),
      total,
    };
  }

  /** 404 for an unknown SKU, 403 for another supplier's. */
  private async ownSku(m: EntityManager, supplierId: number, skuId: number): Promise<void> {
    const sku = await m
      .createQueryBuilder(SkuEntity, 's')
      .innerJoin(ProductEntity, 'p', 'p.id = s.product_id')
      .select('p.supplier_id', 'supplierId')
      .where('s.id = :skuId', { skuId })
      .getRawOne<{ supplierId: number | string }>();
    if (!sku) throw AppError.notFound('SKU', skuId);
    if (Number(sku.supplierId) !== supplierId) throw AppError.forbidden('This SKU belongs to another supplier');
  }

  /**
   * Finds the SKU's stock row at a location of the supplier, by default its online warehouse: 404 for an unknown
   * SKU or location, 403 for another supplier's SKU or a location not the supplier's, 404 when the SKU has no
   * stock row there.
   */
  private async ownStock(m: EntityManager, supplierId: number, skuId: number, locationId?: number): Promise<OwnStock> {
    await this.ownSku(m, supplierId, skuId);
    const location = await m.findOne(StockLocationEntity, {
      where: locationId === undefined ? { kind: 'warehouse', supplierId } : { id: locationId },
      select: { id: true, supplierId: true },
    });
    if (!location) throw locationId === undefined ? AppError.notFound('The online warehouse') : AppError.notFound('Stock location', locationId);
    if (location.supplierId !== supplierId) throw AppError.forbidden('This stock location is not yours');
    const held = await m.existsBy(StockLevelEntity, { skuId, locationId: location.id });
    if (!held) throw AppError.notFound(`Stock of SKU ${skuId} at location ${location.id}`);
    return { supplierId, skuId, locationId: location.id };
  }

  private async view(m: EntityManager, own: OwnStock): Promise<StockLevelView> {
    const row = await this.levels(m, own.supplierId, own.locationId)
      .andWhere('l.sku_id = :skuId', { skuId: own.skuId })
      .getRawOne<LevelRow>();
    if (!row) throw AppError.notFound(`Stock of SKU ${own.skuId} at location ${own.locationId}`);
    return levelView(row);
  }

  /** Stock rows of the supplier's own SKUs in its own online warehouse (or the given location of its own), with names to show. */
  private levels(m: EntityManager, supplierId: number, locationId?: number): SelectQueryBuilder<StockLevelEntity> {
    const at = locationId === undefined ? "w.kind = 'warehouse'" : 'w.id = :locationId';
    return m
      .createQueryBuilder(StockLevelEntity, 'l')
      .innerJoin(StockLocationEntity, 'w', `w.id = l.location_id AND w.supplier_id = :supplierId AND ${at}`, { supplierId, ...(locationId === undefined ? {} : { locationId }) })
      .innerJoin(SkuEntity, 's', 's.id = l.sku_id')
      .innerJoin(ProductEntity, 'p', 'p.id = s.product_id AND p.supplier_id = :supplierId', { supplierId })
      .select('l.sku_id', 'skuId')
      .addSelect('p.id', 'productId')
      .addSelect('p.name', 'productName')
      .addSelect('s.spec', 'skuSpec')
      .addSelect('l.location_id', 'locationId')
      .addSelect('w.name', 'locationName')
      .addSelect('l.on_hand', 'onHand')
      .addSelect('l.reserved', 'reserved')
      .addSelect('l.available', 'available')
      .addSelect('l.low_stock_threshold', 'lowStockThreshold');
  }

  /** Every location holding the SKU, whoever runs it: online warehouses first, then the rest by id. */
  private async stockOfSku(m: EntityManager, skuId: number): Promise<SkuStockView> {
    const rows = await m
      .createQueryBuilder(StockLevelEntity, 'l')
      .innerJoin(StockLocationEntity, 'w', 'w.id = l.location_id')
      .select('l.location_id', 'locationId')
      .addSelect('w.name', 'locationName')
      .addSelect('l.on_hand', 'onHand')
      .addSelect('l.reserved', 'reserved')
      .addSelect('l.available', 'available')
      .addSelect('l.low_stock_threshold', 'lowStockThreshold')
      .where('l.sku_id = :skuId', { skuId })
      .orderBy("CASE WHEN w.kind = 'warehouse' THEN 0 ELSE 1 END", 'ASC')
      .addOrderBy('l.location_id', 'ASC')
      .getRawMany<LocationRow>();
    return { skuId, levels: rows.map(locationLevel) };
  }
}

function levelView(r: LevelRow): StockLevelView {
  return {
    skuId: Number(r.skuId),
    productId: Number(r.productId),
    productName: r.productName,
    skuSpec: r.skuSpec,
    ...locationLevel(r),
  };
}

function locationLevel(r: LocationRow): SkuStockLevel {
  const available = Number(r.available);
  const lowStockThreshold = Number(r.lowStockThreshold);
  return {
    locationId: Number(r.locationId),
    locationName: r.locationName,
    onHand: Number(r.onHand),
    reserved: Number(r.reserved),
    available,
    lowStockThreshold,
    low: isLow(available, lowStockThreshold),
  };
}
