import {
  type CategoryCode,
  categoryNameOf,
  type CountyCode,
  countyNameOf,
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  type EntityType,
} from '@bangfu/contracts';
import { addDays, addYears, daysBetween } from '../common/clock';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { Random } from './random';
import {
  BRAND_SUFFIXES,
  COUNTY_PROFILES,
  ENTITY_TYPE_WEIGHTS,
  GIVEN_NAMES,
  INDUSTRY_WORDS,
  MOBILE_PREFIXES,
  PRODUCT_KINDS,
  PRODUCTION_BASES,
  STREETS,
  SURNAMES,
  VILLAGE_ENDINGS,
  VILLAGE_STEMS,
  type CountyProfile,
  type Grade,
  type ProductKind,
} from './vocabulary';

export const DEMO_SEED = 20211231;
/** Hanzhong's certified suppliers and products in 2021. */
export const DEMO_SUPPLIER_COUNT = 650;
export const DEMO_PRODUCT_COUNT = 2210;

export interface DemoCertificate {
  no: string;
  validFrom: string;
  validUntil: string;
}

export interface DemoSupplier {
  name: string;
  creditCode: string;
  entityType: EntityType;
  countyCode: CountyCode;
  town: string;
  village: string | null;
  address: string;
  contactName: string;
  contactPhone: string;
  legalRep: string;
  householdsLinked: number;
  description: string;
  certificate: DemoCertificate;
}

export interface DemoSku {
  spec: string;
  unit: string;
  weightGrams: number;
  priceFen: number;
  onHand: number;
}

export interface DemoProduct {
  /** Position of its supplier in DemoCatalog.suppliers. */
  supplierIndex: number;
  name: string;
  /** The name shoppers know it by, for its picture: 留坝香菇. */
  shortName: string;
  categoryCode: CategoryCode;
  countyCode: CountyCode;
  originTown: string;
  originVillage: string | null;
  description: string;
  shelfLife: string;
  storage: string;
  salesCount: number;
  certificate: DemoCertificate;
  skus: DemoSku[];
}

export interface DemoCatalog {
  suppliers: DemoSupplier[];
  products: DemoProduct[];
}

/** The same seed always gives the same catalog; suppliers and products come in order of certification. */
export function generateCatalog(seed: number = DEMO_SEED): DemoCatalog {
  return new CatalogGenerator(seed).generate();
}

// Certificates run three years; issuing them over these days keeps every one valid into 2027 and beyond.
const FIRST_ISSUE_DAY = '2024-03-01';
const LAST_ISSUE_DAY = '2026-09-30';
const CERTIFICATE_YEARS = 3;
/** A product is certified within this many days of its supplier. */
const PRODUCT_CERTIFICATION_LAG_DAYS = 240;

const CREDIT_CODE_HEADS: Readonly<Record<EntityType, string>> = {
  company: '91',
  coop: 'N3',
  family_farm: '92',
  village_collective: 'N2',
};

/** Relative number of products each kind of supplier lists. */
const PRODUCT_SHARE: Readonly<Record<EntityType, number>> = {
  company: 1.8,
  coop: 1.3,
  family_farm: 0.8,
  village_collective: 0.9,
};

const SKU_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 35],
  [2, 40],
  [3, 25],
];

interface SupplierDraft {
  fields: Omit<DemoSupplier, 'certificate'>;
  county: CountyProfile;
  brand: string;
  mainCategory: CategoryCode;
  issuedOn: string;
}

type ProductDraft = Omit<DemoProduct, 'certificate'> & { issuedOn: string };

class CatalogGenerator {
  private readonly rng: Random;
  private readonly taken = {
    brands: new Set<string>(),
    supplierNames: new Set<string>(),
    creditCodes: new Set<string>(),
    phones: new Set<string>(DEMO_ACCOUNTS.map((a) => a.phone)),
    productNames: new Set<string>(),
  };

  constructor(seed: number) {
    this.rng = new Random(seed);
  }

  generate(): DemoCatalog {
    const drafts = COUNTY_PROFILES.flatMap((county) => times(county.supplierQuota, () => this.supplierDraft(county)));
    if (drafts.length !== DEMO_SUPPLIER_COUNT) throw new Error(`county quotas add up to ${drafts.length}, not ${DEMO_SUPPLIER_COUNT}`);
    drafts.sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
    const supplierCertificates = certificates('S', drafts.map((d) => d.issuedOn));
    const suppliers = drafts.map((d, i) => ({ ...d.fields, certificate: supplierCertificates[i] }));

    const productCounts = apportion(DEMO_PRODUCT_COUNT, drafts.map((d) => PRODUCT_SHARE[d.fields.entityType] * this.rng.between(0.4, 2.2)));
    const productDrafts = drafts.flatMap((draft, index) => times(productCounts[index], () => this.productDraft(draft, index)));
    productDrafts.sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
    const productCertificates = certificates('P', productDrafts.map((d) => d.issuedOn));
    const products = productDrafts.map(({ issuedOn: _issuedOn, ...product }, i) => ({ ...product, certificate: productCertificates[i] }));
    return { suppliers, products };
  }

  private supplierDraft(county: CountyProfile): SupplierDraft {
    const rng = this.rng;
    const entityType = rng.weighted(ENTITY_TYPE_WEIGHTS);
    const mainCategory = this.pickCategory(county);
    const mainKind = this.pickKind(county, mainCategory);
    const countyName = countyNameOf(county.code);
    const town = rng.pick(county.towns);
    const brand = this.distinct(this.taken.brands, () => {
      const landmark = rng.pick(county.landmarks);
      return rng.chance(0.3) ? landmark : landmark + rng.pick(BRAND_SUFFIXES);
    });
    const legalRep = this.personName();
    const industry = rng.pick(mainKind.industries ?? INDUSTRY_WORDS[mainCategory]);
    const { name, village } = this.distinct(
      this.taken.supplierNames,
      () => {
        const place = { county: countyName, town, village: this.villageName() };
        return { name: supplierName(rng, entityType, place, brand, industry, legalRep), village: entityType === 'company' ? null : place.village };
      },
      (candidate) => candidate.name,
    );
    const address =
      village === null
        ? `陕西省汉中市${countyName}${town}${rng.pick(STREETS)}${rng.int(1, 188)}号`
        : `陕西省汉中市${countyName}${town}${village}${rng.int(1, 12)}组`;
    const householdsLinked = entityType === 'village_collective' ? rng.skewed(30, 300, 1.5) : rng.skewed(5, 300, 2.6);
    const base = PRODUCTION_BASES[mainCategory];
    const description = supplierDescription(rng, entityType, {
      name,
      town,
      village,
      legalRep,
      householdsLinked,
      mainProduct: kindDisplayName(mainKind, county),
      categoryName: categoryNameOf(mainCategory),
      base: base.template.replace('{n}', String(rng.int(base.min, base.max))),
    });
    return {
      fields: {
        name,
        creditCode: this.creditCode(entityType, county.code),
        entityType,
        countyCode: county.code,
        town,
        village,
        address,
        contactName: rng.chance(0.6) ? legalRep : this.personName(),
        contactPhone: this.distinct(this.taken.phones, () => rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0')),
        legalRep,
        householdsLinked,
        description,
      },
      county,
      brand,
      mainCategory,
      issuedOn: addDays(FIRST_ISSUE_DAY, rng.int(0, daysBetween(FIRST_ISSUE_DAY, LAST_ISSUE_DAY))),
    };
  }

  private productDraft(supplier: SupplierDraft, supplierIndex: number): ProductDraft {
    const rng = this.rng;
    for (let attempt = 0; attempt < 50; attempt++) {
      const category = rng.chance(0.7) ? supplier.mainCategory : this.pickCategory(supplier.county);
      const kind = this.pickKind(supplier.county, category);
      const grade = rng.pick(kind.grades);
      const shortName = kindDisplayName(kind, supplier.county);
      const name = this.productName(`${shortName} ${grade.label}${kind.noun}`, supplier.brand);
      if (!name) continue;
      const keepsSupplierPlace = rng.chance(0.7);
      const originTown = keepsSupplierPlace ? supplier.fields.town : rng.pick(supplier.county.towns);
      const originVillage = keepsSupplierPlace ? supplier.fields.village : this.villageName();
      const countyName = countyNameOf(supplier.county.code);
      const issuedAfter = rng.int(0, PRODUCT_CERTIFICATION_LAG_DAYS);
      return {
        supplierIndex,
        name,
        shortName,
        categoryCode: kind.category,
        countyCode: supplier.county.code,
        originTown,
        originVillage,
        description:
          `${rng.pick(kind.blurbs)}原产地${countyName}${originTown}${originVillage ?? ''}，由${supplier.fields.name}组织生产，` +
          `带动脱贫户和监测户${supplier.fields.householdsLinked}户增收。`,
        shelfLife: kind.shelfLife,
        storage: kind.storage,
        salesCount: rng.skewed(0, 6000, 4),
        skus: this.skus(kind, grade),
        issuedOn: minDay(addDays(supplier.issuedOn, issuedAfter), LAST_ISSUE_DAY),
      };
    }
    throw new Error(`demo data: no distinct product name left for ${supplier.fields.name}`);
  }

  /** Most products carry the supplier's brand; some take the bare name while it is still free. */
  private productName(title: string, brand: string): string | null {
    const candidates = this.rng.chance(0.3) ? [title, `${brand} ${title}`] : [`${brand} ${title}`];
    const name = candidates.find((c) => !this.taken.productNames.has(c));
    if (name) this.taken.productNames.add(name);
    return name ?? null;
  }

  private skus(kind: ProductKind, grade: Grade): DemoSku[] {
    const rng = this.rng;
    const count = Math.min(rng.weighted(SKU_COUNT_WEIGHTS), kind.packs.length);
    const yuanPerJin = rng.between(kind.yuanPerJin[0], kind.yuanPerJin[1]) * grade.factor;
    return rng
      .shuffled(kind.packs)
      .slice(0, count)
      .sort((a, b) => a.grams - b.grams || a.factor - b.factor)
      .map((pack) => ({
        spec: `${grade.label} ${pack.label}`,
        unit: pack.unit,
        weightGrams: pack.grams,
        priceFen: retailPriceFen((yuanPerJin * pack.grams * pack.factor) / 500),
        onHand: rng.chance(0.04) ? 0 : rng.skewed(5, 500, 1.7),
      }));
  }

  private pickCategory(county: CountyProfile): CategoryCode {
    return this.rng.weighted(Object.entries(county.industryWeights) as [CategoryCode, number][]);
  }

  private pickKind(county: CountyProfile, category: CategoryCode): ProductKind {
    const kinds = PRODUCT_KINDS.filter((k) => k.category === category && k.counties.includes(county.code));
    if (kinds.length === 0) throw new Error(`demo data: no ${category} product is made in ${county.code}`);
    return this.rng.weighted(kinds.map((k) => [k, k.weight] as const));
  }

  private creditCode(entityType: EntityType, countyCode: CountyCode): string {
    const organization = entityType === 'village_collective' ? 'MF' : 'MA';
    return this.distinct(this.taken.creditCodes, () => {
      let body = CREDIT_CODE_HEADS[entityType] + countyCode + organization;
      while (body.length < 17) body += this.rng.pick(CREDIT_CODE_ALPHABET.split(''));
      return body + creditCodeCheckChar(body);
    });
  }

  private personName(): string {
    return this.rng.pick(SURNAMES) + this.rng.pick(GIVEN_NAMES);
  }

  private villageName(): string {
    return `${this.rng.pick(VILLAGE_STEMS)}${this.rng.pick(VILLAGE_ENDINGS)}村`;
  }

  /** Draws until the key is new, then claims it. */
  private distinct<T>(taken: Set<string>, draw: () => T, key: (value: T) => string = String): T {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const value = draw();
      if (!taken.has(key(value))) {
        taken.add(key(value));
        return value;
      }
    }
    throw new Error('demo data: the word banks are too small for this many distinct values');
  }
}

function kindDisplayName(kind: ProductKind, county: CountyProfile): string {
  return kind.placePrefixed ? county.shortName + kind.name : kind.name;
}

interface Place {
  county: string;
  town: string;
  village: string;
}

function supplierName(rng: Random, entityType: EntityType, place: Place, brand: string, industry: string, owner: string): string {
  switch (entityType) {
    case 'company': {
      const region = rng.weighted([[place.county, 5], ['汉中', 4], ['陕西', 1]] as const);
      const trade = rng.chance(0.25) ? rng.pick(['农业科技', '农业开发', '生态农业']) : industry;
      return `${region}${brand}${trade}${rng.chance(0.8) ? '有限公司' : '有限责任公司'}`;
    }
    case 'coop':
      return rng.weighted([
        [`${place.county}${brand}${industry}专业合作社`, 2],
        [`${place.county}${place.town}${industry}专业合作社`, 1],
        [`${place.county}${place.town}${place.village}${industry}专业合作社`, 1],
      ] as const);
    case 'family_farm':
      return rng.weighted([
        [`${place.county}${place.town}${industry}家庭农场`, 1],
        [`${place.county}${place.town}${owner}家庭农场`, 2],
        [`${place.county}${owner}${industry}家庭农场`, 1],
      ] as const);
    case 'village_collective':
      return `${place.county}${place.town}${place.village}股份经济合作社`;
  }
}

interface SupplierFacts {
  name: string;
  town: string;
  village: string | null;
  legalRep: string;
  householdsLinked: number;
  mainProduct: string;
  categoryName: string;
  base: string;
}

function supplierDescription(rng: Random, entityType: EntityType, f: SupplierFacts): string {
  const where = f.town + (f.village ?? '');
  switch (entityType) {
    case 'company':
      return (
        `${f.name}成立于${rng.int(2008, 2021)}年，主营${f.mainProduct}等${f.categoryName}产品的生产、加工和销售，` +
        `在${f.town}建有${f.base}，采取"公司+合作社+农户"模式，带动脱贫户和监测户${f.householdsLinked}户稳定增收。`
      );
    case 'coop':
      return (
        `合作社成立于${rng.int(2010, 2021)}年，现有社员${rng.int(20, 300)}户，在${where}建有${f.base}，主要生产${f.mainProduct}，` +
        `统一技术、统一收购、统一销售，带动脱贫户和监测户${f.householdsLinked}户。`
      );
    case 'family_farm':
      return (
        `由${f.legalRep}于${rng.int(2013, 2022)}年创办的家庭农场，在${where}经营${f.base}，主产${f.mainProduct}，` +
        `优先收购周边脱贫户的产品，带动${f.householdsLinked}户增收。`
      );
    case 'village_collective':
      return (
        `${where}集体经济组织，村"两委"领办${f.mainProduct}产业，建有${f.base}，` +
        `通过土地入股、务工就业和年底分红联结脱贫户和监测户${f.householdsLinked}户。`
      );
  }
}

/** Shelf prices: 22.90 under fifty yuan, 128.00 under a thousand, 1298.00 above. */
export function retailPriceFen(yuan: number): number {
  if (yuan < 50) return Math.max(1, Math.round(yuan)) * 100 - 10;
  if (yuan < 1000) return (Math.round(yuan / 10) * 10 - 2) * 100;
  return (Math.round(yuan / 100) * 100 - 2) * 100;
}

/** Splits total into whole shares proportional to the weights, each at least 1 (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const spare = total - weights.length;
  if (spare < 0) throw new RangeError(`cannot give ${weights.length} shares at least 1 each out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * spare);
  const shares = exact.map((x) => 1 + Math.floor(x));
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    shares[i]++;
  }
  return shares;
}

/** Numbers certificates in issue order, restarting each year: HZXF-S-2025-00042. */
function certificates(subject: 'S' | 'P', issueDays: readonly string[]): DemoCertificate[] {
  const issuedInYear = new Map<string, number>();
  return issueDays.map((day) => {
    const year = day.slice(0, 4);
    const sequence = (issuedInYear.get(year) ?? 0) + 1;
    issuedInYear.set(year, sequence);
    return { no: `HZXF-${subject}-${year}-${String(sequence).padStart(5, '0')}`, validFrom: day, validUntil: validUntil(day) };
  });
}

const minDay = (a: string, b: string) => (a < b ? a : b);

function validUntil(issuedOn: string): string {
  return addDays(addYears(issuedOn, CERTIFICATE_YEARS), -1);
}

function times<T>(count: number, make: () => T): T[] {
  return Array.from({ length: count }, make);
}
