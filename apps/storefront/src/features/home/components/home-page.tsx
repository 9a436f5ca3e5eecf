import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadError } from '../../../components/query-status';
import { useHome } from '../api/get-home';
import { HomeBanners, HomeBannersPending } from './home-banners';
import { HomeStrip } from './home-strip';
import { ProductShelf } from './product-shelf';

/** What other features bring to the home page, each into a slot of its own: a later strip (live now, counters near you) is one more. */
interface HomePageProps {
  search: ReactNode;
  categories: ReactNode;
  counties: ReactNode;
  /** The whole list the best sellers begin. */
  bestSellersLink: string;
}

/**
 * The storefront's front page, top to bottom: banners, featured products, categories, counties, best sellers,
 * each strip a HomeStrip in this list. Banners and picks come in one request: when it fails, the strips of the
 * other requests still show.
 */
export function HomePage({ search, categories, counties, bestSellersLink }: HomePageProps) {
  const { t } = useTranslation();
  const home = useHome();
  return (
    <>
      <header className="hero">
        <h1>{t('brand.name')}</h1>
        <p>{t('brand.tagline')}</p>
        {search}
      </header>
      {home.isPending && (
        <>
          <HomeBannersPending />
          <HomeStrip title={t('home.featured')}>
            <div className="product-shelf-pending" role="status" aria-label={t('common.loading')} />
          </HomeStrip>
        </>
      )}
      {home.isError && (
        <div className="section">
          <LoadError error={home.error} onRetry={() => void home.refetch()} />
        </div>
      )}
      {home.data && <HomeBanners banners={home.data.banners} />}
      {home.data && home.data.featured.length > 0 && (
        <HomeStrip title={t('home.featured')}>
          <ProductShelf hits={home.data.featured} layout="row" eagerCount={3} />
        </HomeStrip>
      )}
      <HomeStrip title={t('common.categories')}>{categories}</HomeStrip>
      <HomeStrip title={t('home.counties')}>{counties}</HomeStrip>
      {home.data && (
        <HomeStrip title={t('home.bestSellers')} moreTo={bestSellersLink}>
          {home.data.bestSellers.length > 0 ? (
            <ProductShelf hits={home.data.bestSellers} layout="grid" eagerCount={0} />
          ) : (
            <EmptyState title={t('home.nothingOnSale')} />
          )}
        </HomeStrip>
      )}
    </>
  );
}
