import { useTranslation } from 'react-i18next';
import { CategoryGrid } from '../../features/catalog/components/category-grid';
import { CountyList } from '../../features/catalog/components/county-list';

export function HomeRoute() {
  const { t } = useTranslation();
  return (
    <>
      <header className="hero">
        <h1>{t('brand.name')}</h1>
        <p>{t('brand.tagline')}</p>
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
