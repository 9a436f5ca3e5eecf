import { mkdir, writeFile } from 'node:fs/promises';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral, type QueryDeepPartialEntity } from 'typeorm';
import { ProductEntity, SkuEntity } from '../catalog/catalog.entities';
import { CertificateEntity, CertificateSequenceEntity, SupplierEntity } from '../certification/certification.entities';
import { ShippingRuleEntity } from '../orders/orders.entities';
import type { Database } from '../database/database';
import { hashPassword } from '../identity/password';
import { HomeSettingsEntity } from '../home/home.entities';
import { DEFAULT_HOME_SETTINGS } from '../home/home.service';
import { AddressEntity } from '../identity/address.entity';
import { UserEntity } from '../identity/user.entity';
import { StockLevelEntity, StockLocationEntity, StockMovementEntity, warehouseName } from '../inventory/inventory.entities';
import { VillagePointEntity } from '../villages/villages.entities';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts';
import { DEMO_SEED, generateCatalog, type DemoCatalog, type DemoCertificate, type DemoProduct } from './generate-catalog';
import { generateVillagePoints, type DemoVillagePoint } from './generate-village-points';
import { productImageDir, productImageFile, productImageSvg, productImageUrl } from './product-image';

export type SeedPhase = 'certificates' | 'suppliers' | 'products' | 'skus' | 'stock' | 'images' | 'villages' | 'accounts';
export type SeedProgress = (done: number, total: number, phase: SeedPhase) => void;

export type SeedResult =
  | { status: 'seeded'; suppliers: number; products: number; skus: number; accounts: DemoAccount[]; elapsedMs: number }
  | { status: 'refused'; reason: string };

/** Common rules of the region's shops: mostly ¥6–¥10 with free shipping from ¥59–¥129, some always free. */
const SHIPPING_RULES = [
  { flatFeeFen: 800, freeOverFen: 9900 },
  { flatFeeFen: 1000, freeOverFen: 12900 },
  { flatFeeFen: 600, freeOverFen: 5900 },
  { flatFeeFen: 0, freeOverFen: null },
  { flatFeeFen: 1200, freeOverFen: null },
];
const demoShippingRule = (index: number) => SHIPPING_RULES[index % SHIPPING_RULES.length];

const REFUSED: SeedResult = { status: 'refused', reason: 'the database already has suppliers or products' };

// Rows per INSERT: well inside MySQL's 65,535 placeholders and SQLite's 32,766 variables.
const INSERT_CHUNK = 400;
const IMAGE_WRITE_BATCH = 64;
const LOW_STOCK_THRESHOLD = 10;

/** True while no supplier and no product exists: the only state demo data may be written into. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  return !(await holdsCatalog(db.manager));
}

async function holdsCatalog(m: EntityManager): Promise<boolean> {
  return (await m.exists(SupplierEntity)) || (await m.exists(ProductEntity));
}

/** Writes the generated demo catalog, its stock, pictures and the demo accounts into an empty database. */
export class DemoSeeder {
  constructor(
    private readonly db: Database,
    private readonly dataDir: string,
    private readonly onProgress: SeedProgress = () => undefined,
  ) {}

  async seed({ seed = DEMO_SEED }: { seed?: number } = {}): Promise<SeedResult> {
    const started = Date.now();
    if (!(await isDatabaseEmpty(this.db))) return REFUSED;
    const catalog = generateCatalog(seed);
    const villagePoints = generateVillagePoints(catalog.suppliers, seed);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    let accounts: DemoAccount[] | null;
    try {
      // One transaction: a failure leaves the database empty, ready for the next attempt.
      accounts = await this.db.transaction(async (m) => {
        // Another seeder may have finished since the check above.
        if (await holdsCatalog(m)) return null;
        return this.write(m, catalog, villagePoints, passwordHash);
      });
    } catch (error) {
      // Or it committed while this one was writing, and its ids and certificate numbers clashed with ours.
      if (!(await isDatabaseEmpty(this.db))) return REFUSED;
      throw error;
    }
    if (!accounts) return REFUSED;
    return {
      status: 'seeded',
      suppliers: catalog.suppliers.length,
      products: catalog.products.length,
      skus: catalog.products.reduce((n, p) => n + p.skus.length, 0),
      accounts,
      elapsedMs: Date.now() - started,
    };
  }

  private async write(m: EntityManager, catalog: DemoCatalog, villagePoints: DemoVillagePoint[], passwordHash: string): Promise<DemoAccount[]> {
    const { suppliers, products } = catalog;
    // Ids are assigned here rather than read back, so rows can reference each other in bulk inserts on either driver.
    const first = {
      certificate: await nextId(m, CertificateEntity),
      supplier: await nextId(m, SupplierEntity),
      product: await nextId(m, ProductEntity),
      sku: await nextId(m, SkuEntity),
      location: await nextId(m, StockLocationEntity),
    };
    const supplierId = (index: number) => first.supplier + index;
    const productId = (index: number) => first.product + index;
    const supplierCertificateId = (index: number) => first.certificate + index;
    const productCertificateId = (index: number) => first.certificate + suppliers.length + index;
    const locationId = (supplierIndex: number) => first.location + supplierIndex;
    const skus = products.flatMap((product, productIndex) =>
      product.skus.map((sku) => ({ ...sku, productIndex, supplierIndex: product.supplierIndex })),
    );

    // Writes per item: supplier (certificate, row, shipping rule, warehouse), product (certificate, row, picture), SKU (row, level, movement).
    const total = 4 * suppliers.length + 3 * (products.length + skus.length) + villagePoints.length + DEMO_ACCOUNTS.length;
    let done = 0;
    const advance = (count: number, phase: SeedPhase) => {
      done += count;
      this.onProgress(done, total, phase);
    };
    const insert = async <T extends ObjectLiteral>(entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[], phase: SeedPhase) => {
      for (let from = 0; from < rows.length; from += INSERT_CHUNK) {
        const chunk = rows.slice(from, from + INSERT_CHUNK);
        // Nothing to read back: the ids are ours and the defaults are not needed.
        await m.createQueryBuilder().insert().into(entity).values(chunk).updateEntity(false).execute();
        advance(chunk.length, phase);
      }
    };

    const certificateRow = (certificate: DemoCertificate, subjectType: 'supplier' | 'product', id: number, subjectId: number, index: number) => ({
      id,
      no: certificate.no,
      subjectType,
      subjectId,
      status: 'valid' as const,
      validFrom: certificate.validFrom,
      validUntil: certificate.validUntil,
      issuedBy: null,
      createdAt: issuedAt(certificate, index),
    });
    await insert(
      CertificateEntity,
      [
        ...suppliers.map((s, i) => certificateRow(s.certificate, 'supplier', supplierCertificateId(i), supplierId(i), i)),
        ...products.map((p, i) => certificateRow(p.certificate, 'product', productCertificateId(i), productId(i), i)),
      ],
      'certificates',
    );
    await m.upsert(CertificateSequenceEntity, lastCertificateNumbers([...suppliers, ...products].map((x) => x.certificate.no)), [
      'subjectType',
      'year',
    ]);
    await insert(
      SupplierEntity,
      suppliers.map(({ certificate, ...supplier }, i) => ({
        ...supplier,
        id: supplierId(i),
        status: 'active' as const,
        certificateId: supplierCertificateId(i),
        createdAt: issuedAt(certificate, i),
        updatedAt: issuedAt(certificate, i),
      })),
      'suppliers',
    );
    await insert(
      ShippingRuleEntity,
      suppliers.map((_, i) => ({ supplierId: supplierId(i), ...demoShippingRule(i) })),
      'suppliers',
    );
    await insert(
      ProductEntity,
      products.map((p, i) => ({
        id: productId(i),
        supplierId: supplierId(p.supplierIndex),
        name: p.name,
        categoryCode: p.categoryCode,
        countyCode: p.countyCode,
        originTown: p.originTown,
        originVillage: p.originVillage,
        description: p.description,
        status: 'certified' as const,
        listed: true,
        certificateId: productCertificateId(i),
        shelfLife: p.shelfLife,
        storage: p.storage,
        images: [productImageUrl(productId(i))],
        salesCount: p.salesCount,
        createdAt: issuedAt(p.certificate, i),
        updatedAt: issuedAt(p.certificate, i),
      })),
      'products',
    );
    await insert(
      SkuEntity,
      skus.map((sku, i) => ({
        id: first.sku + i,
        productId: productId(sku.productIndex),
        spec: sku.spec,
        unit: sku.unit,
        weightGrams: sku.weightGrams,
        priceFen: sku.priceFen,
      })),
      'skus',
    );
    await insert(
      StockLocationEntity,
      suppliers.map((s, i) => ({ id: locationId(i), kind: 'warehouse' as const, supplierId: supplierId(i), name: warehouseName(s.name) })),
      'stock',
    );
    await insert(
      StockLevelEntity,
      skus.map((sku, i) => ({
        skuId: first.sku + i,
        locationId: locationId(sku.supplierIndex),
        onHand: sku.onHand,
        reserved: 0,
        available: sku.onHand,
        lowStockThreshold: LOW_STOCK_THRESHOLD,
      })),
      'stock',
    );
    await insert(
      StockMovementEntity,
      skus.map((sku, i) => ({
        skuId: first.sku + i,
        locationId: locationId(sku.supplierIndex),
        kind: 'receipt' as const,
        onHandDelta: sku.onHand,
        reservedDelta: 0,
        actorUserId: null,
        reason: '初始入库',
      })),
      'stock',
    );

    await this.writePictures(products, productId, (count) => advance(count, 'images'));
    await insert(
      VillagePointEntity,
      villagePoints.map(({ supplierIndexes, ...point }) => ({ ...point, operatorPhone: null, supplierIds: supplierIndexes.map(supplierId) })),
      'villages',
    );
    await m.insert(HomeSettingsEntity, { id: 1, banners: DEFAULT_HOME_SETTINGS.banners, featuredProductIds: newestOfEachCategory(products).map(productId) });
    const created = await createAccounts(m, passwordHash, supplierId(0));
    advance(DEMO_ACCOUNTS.length, 'accounts');
    return created;
  }

  private async writePictures(products: DemoProduct[], productId: (index: number) => number, advance: (count: number) => void): Promise<void> {
    await mkdir(productImageDir(this.dataDir), { recursive: true });
    for (let from = 0; from < products.length; from += IMAGE_WRITE_BATCH) {
      const batch = products.slice(from, from + IMAGE_WRITE_BATCH);
      await Promise.all(
        batch.map((p, i) =>
          writeFile(
            productImageFile(this.dataDir, productId(from + i)),
            productImageSvg({ shortName: p.shortName, spec: p.skus[0].spec, categoryCode: p.categoryCode }),
          ),
        ),
      );
      advance(batch.length);
    }
  }
}

/** Creates the demo accounts not yet taken; one registered earlier under a demo phone is left as it is. */
async function createAccounts(m: EntityManager, passwordHash: string, demoSupplierId: number): Promise<DemoAccount[]> {
  const taken = await m.find(UserEntity, { select: { phone: true }, where: { phone: In(DEMO_ACCOUNTS.map((a) => a.phone)) } });
  const created = DEMO_ACCOUNTS.filter((account) => !taken.some((user) => user.phone === account.phone));
  if (created.length > 0) {
    await m.insert(
      UserEntity,
      created.map((account) => ({
        phone: account.phone,
        name: account.name,
        passwordHash,
        role: account.role,
        supplierId: account.role === 'supplier' ? demoSupplierId : null,
      })),
    );
  }
  const shopper = created.find((a) => a.role === 'shopper');
  if (shopper) {
    const { id: userId } = await m.findOneByOrFail(UserEntity, { phone: shopper.phone });
    await m.insert(
      AddressEntity,
      DEMO_SHOPPER_ADDRESSES.map((address, i) => ({ ...address, userId, name: shopper.name, phone: shopper.phone, isDefault: i === 0 })),
    );
  }
  return created;
}

/** The demo shopper's address book: at home in Hantai, and at her parents' in Xixiang. */
const DEMO_SHOPPER_ADDRESSES = [
  { province: '陕西省', city: '汉中市', district: '汉台区', detail: '天汉大道 88 号 3 栋 2 单元 501' },
  { province: '陕西省', city: '汉中市', district: '西乡县', detail: '城北街道东风路 12 号' },
];

/** The home page's picks: the newest certified product of each category. */
function newestOfEachCategory(products: DemoProduct[]): number[] {
  const newest = new Map<string, number>();
  products.forEach((p, i) => {
    const current = newest.get(p.categoryCode);
    if (current === undefined || p.certificate.validFrom > products[current].certificate.validFrom) newest.set(p.categoryCode, i);
  });
  return [...newest.values()];
}

async function nextId(m: EntityManager, entity: EntityTarget<{ id: number }>): Promise<number> {
  const row = await m.createQueryBuilder(entity, 'e').select('MAX(e.id)', 'maxId').getRawOne<{ maxId: number | string | null }>();
  return Number(row?.maxId ?? 0) + 1;
}

/** The moment a certificate was issued: its first day from 09:00 Beijing time, spread by position so "newest" has an order. */
function issuedAt(certificate: DemoCertificate, index: number): Date {
  return new Date(Date.parse(`${certificate.validFrom}T01:00:00Z`) + (index % 480) * 60_000);
}

/** The numbering that certificates issued later must continue from: the highest number per kind and year. */
function lastCertificateNumbers(numbers: string[]): CertificateSequenceEntity[] {
  const last = new Map<string, CertificateSequenceEntity>();
  for (const no of numbers) {
    const [, kind, year, sequence] = /^HZXF-([SP])-(\d{4})-(\d+)$/.exec(no) ?? [];
    const subjectType = kind === 'S' ? 'supplier' : 'product';
    const key = `${subjectType}:${year}`;
    const lastNo = Number(sequence);
    if ((last.get(key)?.lastNo ?? 0) < lastNo) last.set(key, { subjectType, year: Number(year), lastNo });
  }
  return [...last.values()];
}
