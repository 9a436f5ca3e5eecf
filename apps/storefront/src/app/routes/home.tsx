import { useNavigate } from 'react-router';
import { CategoryGrid } from '../../features/catalog/components/category-grid';
import { CountyList } from '../../features/catalog/components/county-list';
import { HomePage } from '../../features/home/components/home-page';
import { SearchBox } from '../../features/search/components/search-box';
import { searchPath } from '../../features/search/search-params';

export function HomeRoute() {
  const navigate = useNavigate();
  return (
    <HomePage
      search={<SearchBox onSearch={(q) => void navigate(searchPath({ q }))} />}
      categories={<CategoryGrid />}
      counties={<CountyList />}
      bestSellersLink={searchPath({ sort: 'sales:desc' })}
    />
  );
}
