import { useRef } from 'react';
import CheckList from 'antd-mobile/es/components/check-list';
import Dropdown, { type DropdownRef } from 'antd-mobile/es/components/dropdown';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, COUNTIES, SEARCH_SORTS, type SearchPageFilters as Filters, type SearchResponse, type SearchSort } from '@bangfu/contracts';
import type { MessageKey } from '@bangfu/ui';
import { useCategoryName, useCountyName } from '@bangfu/ui';

const ALL = '';

/** i18next reads ':' as a namespace separator, so the keys spell the sorts without it. */
const SORT_KEYS = {
  relevance: 'search.sort.relevance',
  'price:asc': 'search.sort.priceAsc',
  'price:desc': 'search.sort.priceDesc',
  'sales:desc': 'search.sort.salesDesc',
  newest: 'search.sort.newest',
} as const satisfies Record<SearchSort, MessageKey>;

interface SearchFiltersProps {
  filters: Filters;
  /** Counts per category and county for the current words; the engine leaves a facet's own filter out of it. */
  facets: SearchResponse['facets'] | undefined;
  onChange: (next: Partial<Filters>) => void;
}

export function SearchFilters({ filters, facets, onChange }: SearchFiltersProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const countyName = useCountyName();
  const dropdown = useRef<DropdownRef>(null);

  const choose = (next: Partial<Filters>) => {
    dropdown.current?.close();
    onChange(next);
  };
  const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`);

  return (
    <Dropdown ref={dropdown} className="search-filters">
      <Dropdown.Item key="category" title={filters.category ? categoryName(filters.category) : t('search.category')}>
        <CheckList
          value={[filters.category ?? ALL]}
          onChange={([value]) => choose({ category: (value as Filters['category']) || undefined })}
        >
          <CheckList.Item value={ALL}>{t('search.allCategories')}</CheckList.Item>
          {CATEGORIES.filter((c) => !facets || facets.category[c.code] || c.code === filters.category).map((c) => (
            <CheckList.Item key={c.code} value={c.code}>
              {withCount(categoryName(c.code), facets?.category[c.code] ?? (facets ? 0 : undefined))}
            </CheckList.Item>
          ))}
        </CheckList>
      </Dropdown.Item>
      <Dropdown.Item key="county" title={filters.county ? countyName(filters.county) : t('search.county')}>
        <CheckList value={[filters.county ?? ALL]} onChange={([value]) => choose({ county: (value as Filters['county']) || undefined })}>
          <CheckList.Item value={ALL}>{t('search.allCounties')}</CheckList.Item>
          {COUNTIES.filter((c) => !facets || facets.county[c.code] || c.code === filters.county).map((c) => (
            <CheckList.Item key={c.code} value={c.code}>
              {withCount(countyName(c.code), facets?.county[c.code] ?? (facets ? 0 : undefined))}
            </CheckList.Item>
          ))}
        </CheckList>
      </Dropdown.Item>
      <Dropdown.Item key="sort" title={t(SORT_KEYS[filters.sort])}>
        <CheckList value={[filters.sort]} onChange={([value]) => value && choose({ sort: value as Filters['sort'] })}>
          {SEARCH_SORTS.map((sort) => (
            <CheckList.Item key={sort} value={sort}>
              {t(SORT_KEYS[sort])}
            </CheckList.Item>
          ))}
        </CheckList>
      </Dropdown.Item>
    </Dropdown>
  );
}
