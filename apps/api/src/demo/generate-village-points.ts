import type { CountyCode } from '@bangfu/contracts';
import { villagePointCode } from '../villages/villages.service';
import type { DemoSupplier } from './generate-catalog';
import { Random } from './random';
import { COUNTY_PROFILES, VILLAGE_ENDINGS, VILLAGE_STEMS } from './vocabulary';

export interface DemoVillagePoint {
  code: string;
  name: string;
  countyCode: CountyCode;
  town: string;
  village: string;
  /** Positions in DemoCatalog.suppliers of the suppliers whose goods the point sells. */
  supplierIndexes: number[];
}

const NINGQIANG: CountyCode = '610726';
/** The source's example: one village of 宁强县巴山镇 with six service points. */
const SHIBAZI = { town: '巴山镇', village: '石坝子村' };
const SHIBAZI_POINTS = ['石坝子村电子商务服务站', '石坝子村巴山土货直播间', '石坝子村茶园电商服务点', '石坝子村合作社网店', '石坝子村腊肉直播点', '石坝子村返乡青年电商点'];
const POINT_KINDS = ['电子商务服务站', '电商服务点', '直播间', '农产品网店'];
const POINTS_PER_COUNTY = 3;

/** A few dozen village e-commerce points: 石坝子村's six and three in each county, each selling local suppliers' goods. */
export function generateVillagePoints(suppliers: readonly DemoSupplier[], seed: number): DemoVillagePoint[] {
  const rng = new Random(seed ^ 0x7669_6c6c);
  const draw = (n: number) => rng.int(0, n - 1);
  const localSuppliers = (county: CountyCode) => suppliers.flatMap((s, i) => (s.countyCode === county ? [i] : []));
  const pickSuppliers = (county: CountyCode) => {
    const local = localSuppliers(county);
    const count = Math.min(local.length, rng.int(1, 4));
    const picked = new Set<number>();
    while (picked.size < count) picked.add(local[draw(local.length)]);
    return [...picked].sort((a, b) => a - b);
  };
  const points: DemoVillagePoint[] = SHIBAZI_POINTS.map((name) => ({ code: villagePointCode(draw), name, countyCode: NINGQIANG, ...SHIBAZI, supplierIndexes: pickSuppliers(NINGQIANG) }));
  for (const county of COUNTY_PROFILES) {
    for (let i = 0; i < POINTS_PER_COUNTY; i++) {
      const village = `${VILLAGE_STEMS[draw(VILLAGE_STEMS.length)]}${VILLAGE_ENDINGS[draw(VILLAGE_ENDINGS.length)]}村`;
      const town = county.towns[draw(county.towns.length)];
      points.push({
        code: villagePointCode(draw),
        name: `${county.shortName}${town}${village}${POINT_KINDS[draw(POINT_KINDS.length)]}`.slice(0, 100),
        countyCode: county.code,
        town,
        village,
        supplierIndexes: pickSuppliers(county.code),
      });
    }
  }
  return points;
}
