import { CATEGORIES, COUNTIES, isValidCreditCode, type CategoryCode } from '@bangfu/contracts';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { apportion, DEMO_PRODUCT_COUNT, DEMO_SEED, DEMO_SUPPLIER_COUNT, generateCatalog, retailPriceFen, type DemoCatalog } from './generate-catalog';
import { COUNTY_PROFILES } from './vocabulary';

const CREDIT_CODE_HEADS = { company: '91', coop: 'N3', family_farm: '92', village_collective: 'N2' };
const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const tally = (values: readonly string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());

describe('generateCatalog', () => {
  const catalog = generateCatalog();
  const { suppliers, products } = catalog;
  const skus = products.flatMap((p) => p.skus);

  it('gives the same catalog for the same seed and another for another seed', () => {
    expect(generateCatalog(DEMO_SEED)).toEqual(catalog);
    const other = generateCatalog(DEMO_SEED + 1);
    expect(other.suppliers.map((s) => s.name)).not.toEqual(suppliers.map((s) => s.name));
    expect(other.products.map((p) => p.name)).not.toEqual(products.map((p) => p.name));
  });

  it("matches Hanzhong's 650 certified suppliers and 2,210 certified products", () => {
    expect(suppliers).toHaveLength(DEMO_SUPPLIER_COUNT);
    expect(products).toHaveLength(DEMO_PRODUCT_COUNT);
    expect(COUNTY_PROFILES.reduce((n, c) => n + c.supplierQuota, 0)).toBe(DEMO_SUPPLIER_COUNT);
  });

  it('gives every supplier a valid, unique credit code headed by its entity type and county', () => {
    expect(suppliers.filter((s) => !isValidCreditCode(s.creditCode))).toEqual([]);
    expect(duplicates(suppliers.map((s) => s.creditCode))).toEqual([]);
    for (const s of suppliers) expect(s.creditCode.slice(0, 8)).toBe(CREDIT_CODE_HEADS[s.entityType] + s.countyCode);
  });

  it('names suppliers and products uniquely', () => {
    expect(duplicates(suppliers.map((s) => s.name))).toEqual([]);
    expect(duplicates(products.map((p) => p.name))).toEqual([]);
  });

  it('gives every product 1–3 SKUs with distinct specs and whole, positive prices', () => {
    for (const p of products) {
      expect(p.skus.length).toBeGreaterThanOrEqual(1);
      expect(p.skus.length).toBeLessThanOrEqual(3);
      expect(duplicates(p.skus.map((s) => s.spec))).toEqual([]);
    }
    expect(skus.filter((s) => !Number.isInteger(s.priceFen) || s.priceFen <= 0)).toEqual([]);
    expect(skus.filter((s) => !Number.isInteger(s.weightGrams) || s.weightGrams <= 0)).toEqual([]);
  });

  it('numbers certificates uniquely by subject and year, each valid three years into 2027 or later', () => {
    const check = (subject: 'S' | 'P', certificates: DemoCatalog['suppliers'][number]['certificate'][]) => {
      expect(duplicates(certificates.map((c) => c.no))).toEqual([]);
      for (const c of certificates) {
        expect(c.no).toMatch(new RegExp(`^HZXF-${subject}-${c.validFrom.slice(0, 4)}-\\d{5}$`));
        expect(c.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const lastDay = new Date(`${c.validFrom}T00:00:00Z`);
        lastDay.setUTCFullYear(lastDay.getUTCFullYear() + 3);
        lastDay.setUTCDate(lastDay.getUTCDate() - 1);
        expect(c.validUntil).toBe(lastDay.toISOString().slice(0, 10));
        expect(c.validUntil > '2027-01-01').toBe(true);
      }
    };
    check('S', suppliers.map((s) => s.certificate));
    check('P', products.map((p) => p.certificate));
  });

  it('certifies a product no earlier than its supplier, and lists both in order of certification', () => {
    const days = (list: { certificate: { validFrom: string } }[]) => list.map((x) => x.certificate.validFrom);
    expect(days(suppliers)).toEqual([...days(suppliers)].sort());
    expect(days(products)).toEqual([...days(products)].sort());
    for (const p of products) expect(p.certificate.validFrom >= suppliers[p.supplierIndex].certificate.validFrom).toBe(true);
  });

  it('has suppliers and products in all 11 counties, the big ones bigger', () => {
    const suppliersByCounty = tally(suppliers.map((s) => s.countyCode));
    const productsByCounty = tally(products.map((p) => p.countyCode));
    for (const { code } of COUNTIES) {
      expect(suppliersByCounty.get(code)).toBeGreaterThanOrEqual(10);
      expect(productsByCounty.get(code)).toBeGreaterThanOrEqual(30);
    }
    const yangxian = suppliersByCounty.get('610723')!;
    expect(yangxian).toBeGreaterThan(suppliersByCounty.get('610730')! * 3);
    expect(yangxian).toBeGreaterThan(suppliersByCounty.get('610729')! * 3);
  });

  it('has products in every category, tea, fungi and herbs leading', () => {
    const byCategory = tally(products.map((p) => p.categoryCode));
    for (const { code } of CATEGORIES) expect(byCategory.get(code)).toBeGreaterThanOrEqual(50);
    const leading: CategoryCode[] = ['tea', 'fungi', 'herbs'];
    const smallestLead = Math.min(...leading.map((c) => byCategory.get(c)!));
    const largestOther = Math.max(...CATEGORIES.filter((c) => !leading.includes(c.code)).map((c) => byCategory.get(c.code)!));
    expect(smallestLead).toBeGreaterThan(largestOther);
  });

  it('keeps every supplier and product within its county, products from their supplier', () => {
    const towns = new Map(COUNTY_PROFILES.map((c) => [c.code, c.towns]));
    expect(suppliers.filter((s) => !towns.get(s.countyCode)!.includes(s.town))).toEqual([]);
    expect(products.filter((p) => !towns.get(p.countyCode)!.includes(p.originTown))).toEqual([]);
    expect(products.filter((p) => suppliers[p.supplierIndex].countyCode !== p.countyCode)).toEqual([]);
  });

  it('lists every supplier with at least one product', () => {
    const listed = new Set(products.map((p) => p.supplierIndex));
    expect(listed.size).toBe(DEMO_SUPPLIER_COUNT);
  });

  it('gives suppliers mobile numbers other than the demo accounts, and 5–300 linked households', () => {
    const demoPhones = DEMO_ACCOUNTS.map((a) => a.phone);
    for (const s of suppliers) {
      expect(s.contactPhone).toMatch(/^1[3-9]\d{9}$/);
      expect(demoPhones).not.toContain(s.contactPhone);
      expect(s.householdsLinked).toBeGreaterThanOrEqual(5);
      expect(s.householdsLinked).toBeLessThanOrEqual(300);
    }
  });

  it('stocks SKUs up to 500, a few at nothing', () => {
    const empty = skus.filter((s) => s.onHand === 0).length;
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(skus.length * 0.08);
    expect(Math.max(...skus.map((s) => s.onHand))).toBeLessThanOrEqual(500);
  });

  it.each([1, 2, 3, 99])('keeps its guarantees for seed %i', (seed) => {
    const { suppliers: s, products: p } = generateCatalog(seed);
    expect([s.length, p.length]).toEqual([DEMO_SUPPLIER_COUNT, DEMO_PRODUCT_COUNT]);
    expect(duplicates(s.map((x) => x.creditCode))).toEqual([]);
    expect(duplicates(p.map((x) => x.name))).toEqual([]);
    expect(duplicates(p.map((x) => x.certificate.no))).toEqual([]);
    expect(new Set(p.map((x) => x.categoryCode)).size).toBe(CATEGORIES.length);
  });
});

describe('apportion', () => {
  it('hands out exactly the total, at least one each, in proportion', () => {
    expect(apportion(10, [1, 1, 2])).toEqual([3, 3, 4]);
    expect(apportion(5, [100, 0.001, 0.001])).toEqual([3, 1, 1]);
  });

  it('refuses when there is not one for everyone', () => {
    expect(() => apportion(2, [1, 1, 1])).toThrow(RangeError);
  });
});

describe('retailPriceFen', () => {
  it.each([
    [0.3, 90],
    [23.4, 2290],
    [49.6, 4990],
    [127.3, 12800],
    [999, 99800],
    [1234, 119800],
  ])('prices %f yuan at %i fen', (yuan, fen) => {
    expect(retailPriceFen(yuan)).toBe(fen);
  });
});
