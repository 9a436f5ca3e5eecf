import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { searchPageFilters, type SearchPageFilters } from '@bangfu/contracts';
import { useSearchProducts } from '../../features/search/api/search-products';
import { SearchBox } from '../../features/search/components/search-box';
import { SearchFilters } from '../../features/search/components/search-filters';
import { SearchResults } from '../../features/search/components/search-results';
import { searchPath } from '../../features/search/search-params';
import { usePageTitle } from '../../lib/use-page-title';

export function SearchRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = searchPageFilters(params);
  const search = useSearchProducts(filters);
  usePageTitle(filters.q ? t('search.resultsFor', { q: filters.q }) : null);
  // Each change of words or filters is a new entry in history, so "back" undoes it.
  const go = (next: Partial<SearchPageFilters>) => void navigate(searchPath({ ...filters, ...next }));

  return (
    <div className="search-page">
      <div className="search-head">
        <SearchBox key={filters.q} initialValue={filters.q} onSearch={(q) => go({ q })} />
        <SearchFilters filters={filters} facets={search.data?.pages[0]?.facets} onChange={go} />
      </div>
      <SearchResults search={search} />
    </div>
  );
}
