import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from '../../../lib/lazy-component';
import { usePageLoaded } from '../../../lib/use-page-loaded';
import { BannerSlide, type Banner } from './banner-slide';

// The carousel's code (swiping, animation) is the heaviest part of the home page: the first banner shows
// without it, and the carousel takes over in the same box once the page has loaded and its code has arrived.
const BannerCarousel = lazyComponent(() => import('./banner-carousel'), 'BannerCarousel');

export function HomeBanners({ banners }: { banners: Banner[] }) {
  const { t } = useTranslation();
  const pageLoaded = usePageLoaded();
  const [first] = banners;
  if (!first) return null;
  const still = <BannerSlide banner={first} index={0} />;
  return (
    <section className="banners" aria-label={t('home.banners')}>
      {banners.length === 1 || !pageLoaded ? (
        still
      ) : (
        <Suspense fallback={still}>
          <BannerCarousel banners={banners} />
        </Suspense>
      )}
    </section>
  );
}

/** The banners' box while the home page is asked for, so nothing below moves when they come. */
export function HomeBannersPending() {
  return (
    <div className="banners" aria-hidden="true">
      <div className="banner banner-pending" />
    </div>
  );
}
