import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CategoryGrid } from '../../features/catalog/components/category-grid';
import { CountyList } from '../../features/catalog/components/county-list';
import { SearchBox } from '../../features/search/components/search-box';
import { searchPath } from '../../features/search/search-params';

export function HomeRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <header className="hero">
        <h1>{t('brand.name')}</h1>
        <p>{t('brand.tagline')}</p>
        <SearchBox onSearch={(q) => void navigate(searchPath({ q }))} />
      </header>
      <section className="section">
        <h2>{t('common.categories')}</h2>
        <CategoryGrid />
      </section>
      <section className="section">
        <h2>{t('home.counties')}</h2>
        <CountyList />
      </section>
    </>
  );
}
