import { Injectable } from '@nestjs/common';
import { MAX_STOCK_ON_HAND, type StockMovementKind } from '@bangfu/contracts';
import type { EntityManager } from 'typeorm';
import { ProductEntity, SkuEntity } from '../catalog/catalog.entities';
import { AppError } from '../common/app-error';
import { OutboxService } from '../outbox/outbox.service';
import { insertRows, runSql } from '../database/rows';
import { StockLevelEntity, StockLocationEntity, StockMovementEntity, warehouseName } from './inventory.entities';

/** Goods of one SKU at one location, as an order line holds them. */
export interface StockLine {
  skuId: number;
  locationId: number;
  quantity: number;
}

/** Why stock moves and who moved it; written to the ledger with each change. */
export interface StockCause {
  actorUserId: number | null;
  reason: string;
}

/** A guarded change: deltas to apply when the guard holds; available moves by availableDelta. */
interface Movement {
  kind: StockMovementKind;
  onHand: number;
  reserved: number;
  /** The guard: which counter must still cover the quantity. */
  guard: 'available' | 'reserved' | 'onHandOverReserved' | 'none';
}

interface Guard {
  column: 'available' | 'reserved';
  min: number;
}

/** What must still be there for a movement of n: free goods, held goods, or (write-offs) free goods to lose. */
const GUARDS: Record<Movement['guard'], (n: number) => Guard | null> = {
  available: (n) => ({ column: 'available', min: n }),
  reserved: (n) => ({ column: 'reserved', min: n }),
  onHandOverReserved: (n) => ({ column: 'available', min: -n }),
  none: () => null,
};

const MOVES: Record<'reserve' | 'release' | 'sellReserved' | 'sellUnreserved' | 'restock', Movement> = {
  reserve: { kind: 'reservation', onHand: 0, reserved: +1, guard: 'available' },
  release: { kind: 'release', onHand: 0, reserved: -1, guard: 'reserved' },
  sellReserved: { kind: 'sale', onHand: -1, reserved: -1, guard: 'reserved' },
  sellUnreserved: { kind: 'sale', onHand: -1, reserved: 0, guard: 'available' },
  restock: { kind: 'return', onHand: +1, reserved: 0, guard: 'none' },
};

function deltasOf(move: Movement, quantity: number): { onHandDelta: number; reservedDelta: number } {
  return { onHandDelta: move.onHand * quantity, reservedDelta: move.reserved * quantity };
}

/**
 * The only writer of stock counters. Each change is one guarded UPDATE whose affected-row count says whether
 * the goods were there; no counter is ever read and written back. Every change leaves a ledger row, and a
 * SKU whose available stock reaches or leaves zero is announced to search through the outbox.
 */
@Injectable()
export class InventoryService {
  constructor(private readonly outbox: OutboxService) {}

  /** Holds goods for an unpaid order; throws 409 STOCK_INSUFFICIENT naming the first SKU that falls short. */
  reserve(m: EntityManager, lines: StockLine[], cause: StockCause): Promise<void> {
    return this.applyAll(m, lines, MOVES.reserve, cause);
  }

  /** Gives back goods held for an order that will not be paid. */
  release(m: EntityManager, lines: StockLine[], cause: StockCause): Promise<void> {
    return this.applyAll(m, lines, MOVES.release, cause);
  }

  /** A paid order takes its held goods for good. */
  sellReserved(m: EntityManager, lines: StockLine[], cause: StockCause): Promise<void> {
    return this.applyAll(m, lines, MOVES.sellReserved, cause);
  }

  /** A payment that arrived after its hold was released takes goods directly, if they are still there. */
  sellUnreserved(m: EntityManager, lines: StockLine[], cause: StockCause): Promise<void> {
    return this.applyAll(m, lines, MOVES.sellUnreserved, cause);
  }

  /** Goods of a refunded, unshipped order go back on the shelf. */
  restock(m: EntityManager, lines: StockLine[], cause: StockCause): Promise<void> {
    return this.applyAll(m, lines, MOVES.restock, cause);
  }

  /** A supplier's counted change (receipt or write-off); a write-off may not dig into reserved goods. */
  async adjust(m: EntityManager, line: { skuId: number; locationId: number; delta: number; kind: 'receipt' | 'adjustment' }, cause: StockCause): Promise<void> {
    const move: Movement =
      line.delta > 0
        ? { kind: line.kind, onHand: +1, reserved: 0, guard: 'none' }
        : { kind: line.kind, onHand: +1, reserved: 0, guard: 'onHandOverReserved' };
    await this.applyAll(m, [{ skuId: line.skuId, locationId: line.locationId, quantity: line.delta }], move, cause);
  }

  /** The supplier's online warehouse, made with its first need (an approved supplier, its first SKU). */
  async openWarehouse(m: EntityManager, supplier: { id: number; name: string }): Promise<number> {
    const existing = await m.findOneBy(StockLocationEntity, { kind: 'warehouse', supplierId: supplier.id });
    if (existing) return existing.id;
    return (await m.save(m.create(StockLocationEntity, { kind: 'warehouse', supplierId: supplier.id, name: warehouseName(supplier.name) }))).id;
  }

  /** A new SKU's stock level at a location, its opening stock entered in the ledger as a receipt. */
  async openStock(m: EntityManager, line: StockLine, actorUserId: number): Promise<void> {
    // Written whole rather than as a receipt on an empty level: a product not yet on sale has nothing to tell search.
    const { skuId, locationId, quantity } = line;
    await insertRows(m, StockLevelEntity, [{ skuId, locationId, onHand: quantity, reserved: 0, available: quantity, lowStockThreshold: 0 }]);
    if (quantity > 0) await insertRows(m, StockMovementEntity, [{ skuId, locationId, kind: 'receipt', onHandDelta: quantity, reservedDelta: 0, actorUserId, reason: '初始入库' }]);
  }

  private async applyAll(m: EntityManager, lines: StockLine[], move: Movement, cause: StockCause): Promise<void> {
    // A fixed order keeps concurrent multi-line checkouts from deadlocking on MySQL.
    const ordered = [...lines].sort((a, b) => a.skuId - b.skuId || a.locationId - b.locationId);
    // The ledger goes first, in one insert: a counter that falls short rolls it back with everything else,
    // and on MySQL the counter rows are then locked only from their update to the commit.
    await insertRows(
      m,
      StockMovementEntity,
      ordered.map((line) => ({ skuId: line.skuId, locationId: line.locationId, kind: move.kind, ...deltasOf(move, line.quantity), actorUserId: cause.actorUserId, reason: cause.reason.slice(0, 200) })),
    );
    for (const line of ordered) await this.apply(m, line, move);
  }

  /** Changes the counters of one line, or throws 409 STOCK_INSUFFICIENT. */
  private async apply(m: EntityManager, line: StockLine, move: Movement): Promise<void> {
    const n = line.quantity;
    const deltas = deltasOf(move, n);
    const availableDelta = deltas.onHandDelta - deltas.reservedDelta;
    const guard = GUARDS[move.guard](n);
    // First tried with a second guard proving available stays on the same side of zero, so the common case is
    // one statement; only a change that crosses zero (which search must hear of) takes a second one.
    const sameSide: Guard | null = availableDelta < 0 ? { column: 'available', min: 1 - availableDelta } : availableDelta > 0 ? { column: 'available', min: 1 } : null;
    const stayed = sameSide !== null && (await this.update(m, line, deltas, availableDelta, [guard, sameSide]));
    if (!stayed && !(await this.update(m, line, deltas, availableDelta, [guard]))) throw await this.shortage(m, line, move);
    if (sameSide && !stayed) {
      const sku = await m.findOne(SkuEntity, { where: { id: line.skuId }, select: { productId: true } });
      if (sku) await this.outbox.emit(m, 'product.changed', { type: 'product', id: sku.productId }, { stock: availableDelta > 0 ? 'in' : 'out' });
    }
  }

  /** One guarded UPDATE of the counters; true when every guard held and the row changed. */
  private async update(
    m: EntityManager,
    line: StockLine,
    deltas: { onHandDelta: number; reservedDelta: number },
    availableDelta: number,
    guards: (Guard | null)[],
  ): Promise<boolean> {
    const held = guards.filter((g): g is Guard => g !== null);
    // Goods coming in never take a level past MAX_STOCK_ON_HAND, which would overflow the column on MySQL.
    const ceiling = deltas.onHandDelta > 0 ? ' AND on_hand <= ?' : '';
    const sql =
      'UPDATE stock_levels SET on_hand = on_hand + ?, reserved = reserved + ?, available = available + ?, updated_at = CURRENT_TIMESTAMP' +
      ` WHERE sku_id = ? AND location_id = ?${held.map((g) => ` AND ${g.column} >= ?`).join('')}${ceiling}`;
    const params = [
      deltas.onHandDelta,
      deltas.reservedDelta,
      availableDelta,
      line.skuId,
      line.locationId,
      ...held.map((g) => g.min),
      ...(ceiling ? [MAX_STOCK_ON_HAND - deltas.onHandDelta] : []),
    ];
    return (await runSql(m, sql, params)).affected > 0;
  }

  private async shortage(m: EntityManager, line: StockLine, move: Movement): Promise<AppError> {
    if (move.guard === 'reserved') {
      // Held goods missing means the books disagree with the orders: a fault, not a client error.
      return new AppError(500, 'INTERNAL', `Stock of SKU ${line.skuId} at location ${line.locationId} has fewer reserved goods than an order holds`);
    }
    const sku = await m
      .createQueryBuilder(SkuEntity, 's')
      .innerJoin(ProductEntity, 'p', 'p.id = s.product_id')
      .select(['s.id AS id', 's.spec AS spec', 'p.name AS name'])
      .where('s.id = :id', { id: line.skuId })
      .getRawOne<{ id: number; spec: string; name: string }>();
    const level = await m.findOneBy(StockLevelEntity, { skuId: line.skuId, locationId: line.locationId });
    const label = sku ? `${sku.name} ${sku.spec}` : `SKU ${line.skuId}`;
    if (level && move.onHand > 0 && line.quantity > 0 && level.onHand + line.quantity > MAX_STOCK_ON_HAND) {
      return AppError.conflict('STOCK_LIMIT', `${label}: ${level.onHand} on hand; at most ${MAX_STOCK_ON_HAND} can be held at one place`, {
        skuId: line.skuId,
        onHand: level.onHand,
        max: MAX_STOCK_ON_HAND,
      });
    }
    if (move.guard === 'onHandOverReserved') {
      return AppError.conflict('STOCK_INSUFFICIENT', `${label}: only ${level?.available ?? 0} can be written off; the rest is held for unpaid orders`, {
        skuId: line.skuId,
        available: level?.available ?? 0,
      });
    }
    return AppError.conflict('STOCK_INSUFFICIENT', `${label}: only ${level?.available ?? 0} left, ${line.quantity} wanted`, {
      skuId: line.skuId,
      requested: line.quantity,
      available: level?.available ?? 0,
    });
  }
}
