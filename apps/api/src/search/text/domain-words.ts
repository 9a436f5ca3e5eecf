import { CATEGORIES, COUNTIES } from '@bangfu/contracts';
import { COUNTY_PROFILES, PRODUCT_KINDS } from '../../demo/vocabulary';

export interface DomainVocabulary {
  /** Words jieba must keep whole. */
  words: string[];
  /** Place-and-product words and their halves (留坝香菇 → 留坝, 香菇; 汉中仙毫 → 汉中, 仙毫). */
  compounds: Map<string, [string, string]>;
}

/**
 * Our words, taken from the Hanzhong word banks (the places and products the catalog uses), so
 * 留坝香菇 and 洋县黑米 stay one word, while search still finds their halves.
 */
export function domainVocabulary(): DomainVocabulary {
  const words = new Set<string>();
  const compounds = new Map<string, [string, string]>();
  const addCompound = (place: string, product: string) => {
    compounds.set(place + product, [place, product]);
    words.add(place + product).add(place).add(product);
  };
  for (const county of COUNTIES) words.add(county.name);
  for (const category of CATEGORIES) words.add(category.name);
  for (const profile of COUNTY_PROFILES) {
    words.add(profile.shortName);
    for (const town of profile.towns) words.add(town);
    for (const landmark of profile.landmarks) words.add(landmark);
  }
  const shortNames = new Map(COUNTY_PROFILES.map((p) => [p.code, p.shortName]));
  for (const kind of PRODUCT_KINDS) {
    if (kind.placePrefixed) {
      words.add(kind.name);
      for (const county of kind.counties) {
        const place = shortNames.get(county);
        if (place) addCompound(place, kind.name);
      }
    } else {
      // Regional names open with a two-character place (汉中仙毫, 定军茗眉); shoppers type either half alone.
      addCompound(kind.name.slice(0, 2), kind.name.slice(2));
    }
  }
  return { words: [...words], compounds };
}
