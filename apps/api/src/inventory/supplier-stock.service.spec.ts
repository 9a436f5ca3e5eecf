import { AppError } from '../common/app-error';
import type { Database } from '../database/database';
import type { InventoryService } from './inventory.service';
import { isLow, SupplierStockService } from './supplier-stock.service';

describe('SupplierStockService rules', () => {
  /** A database and inventory that fail the test if the rule under test lets a request reach them. */
  const untouchable = new Proxy(
    {},
    {
      get: (_target, key) => {
        throw new Error(`touched ${String(key)}`);
      },
    },
  );
  const service = new SupplierStockService(untouchable as Database, untouchable as InventoryService);
  const supplier = { userId: 7, role: 'supplier' as const, supplierId: 3 };

  it('calls stock low when a threshold is set and available has fallen to it', () => {
    expect(isLow(5, 5)).toBe(true);
    expect(isLow(0, 1)).toBe(true);
    expect(isLow(6, 5)).toBe(false);
    expect(isLow(0, 0)).toBe(false);
  });

  it.each([0, -1, -100])('refuses a receipt of %i before it touches stock', async (delta) => {
    const refused = service.adjust(supplier, 1, { kind: 'receipt', delta, reason: '到货了' });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: [{ field: 'delta' }] });
  });

  it.each(['receipt', 'adjustment'] as const)('refuses a %s of 0 before it touches stock, at any location', async (kind) => {
    for (const locationId of [undefined, 5]) {
      const refused = service.adjust(supplier, 1, { kind, delta: 0, reason: '盘点无变化', locationId });
      await expect(refused).rejects.toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: [{ field: 'delta' }] });
    }
  });

  it('refuses an account that acts for no supplier', async () => {
    const nobody = { userId: 8, role: 'supplier' as const, supplierId: null };
    await expect(service.list(nobody, { page: 1, pageSize: 20 })).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    await expect(service.adjust(nobody, 1, { kind: 'adjustment', delta: -1, reason: '破损了' })).rejects.toMatchObject({ status: 403 });
    await expect(service.adjust(nobody, 1, { kind: 'receipt', delta: 1, reason: '到货了', locationId: 2 })).rejects.toMatchObject({ status: 403 });
    await expect(service.skuStock(nobody, 1)).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
