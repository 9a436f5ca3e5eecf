/**
 * The API's domain modules: each owns the tables listed beside its entities and is the only one to write them.
 * Folders not named here (database, demo, cli, common, config, health, web) are plumbing, not domains.
 */
export const API_MODULES = ['audit', 'catalog', 'certification', 'home', 'identity', 'inventory', 'orders', 'outbox', 'payments', 'search', 'uploads', 'villages'];

/**
 * Read models: files that join other modules' tables to answer a read in one query (a product page with its
 * supplier and stock, a search document, an order's supplier name). They may import those entities; they
 * never write them, which test/workspace/table-ownership.spec.ts checks.
 */
export const READ_MODELS = [
  'apps/api/src/audit/audit.service.ts',
  'apps/api/src/catalog/catalog.service.ts',
  'apps/api/src/catalog/products.service.ts',
  'apps/api/src/catalog/supplier-products.service.ts',
  'apps/api/src/certification/suppliers.service.ts',
  'apps/api/src/inventory/inventory.service.ts',
  'apps/api/src/inventory/supplier-stock.service.ts',
  'apps/api/src/orders/order-views.ts',
  'apps/api/src/search/search-documents.ts',
];
