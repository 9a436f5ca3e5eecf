import { Link } from 'react-router';
import { imageSources, STOREFRONT_IMAGES, type HomeView } from '@bangfu/contracts';

export type Banner = HomeView['banners'][number];

/** Laid out at the phone's width less the page margins; the box keeps this shape whatever the picture. */
const { width: BANNER_WIDTH, sizes: BANNER_SIZES } = STOREFRONT_IMAGES.banner;
const BANNER_HEIGHT = 144;

interface BannerSlideProps {
  banner: Banner;
  /** Its place among the banners: a banner without a picture is drawn in one of the brand's greens by it. */
  index: number;
}

/** A banner the association set, leading to a page of the storefront; the first one is on screen at once. */
export function BannerSlide({ banner, index }: BannerSlideProps) {
  const first = index === 0;
  return (
    <Link to={banner.link} className={banner.imageUrl ? 'banner banner-picture' : `banner banner-drawn banner-drawn-${index % 3}`}>
      {banner.imageUrl && (
        <img
          {...imageSources(banner.imageUrl, BANNER_WIDTH, BANNER_SIZES)}
          width={BANNER_WIDTH}
          height={BANNER_HEIGHT}
          alt=""
          loading={first ? 'eager' : 'lazy'}
          fetchPriority={first ? 'high' : 'auto'}
          className="banner-image"
        />
      )}
      <span className="banner-text">
        <strong className="banner-title">{banner.title}</strong>
        {banner.subtitle && <span className="banner-subtitle">{banner.subtitle}</span>}
      </span>
    </Link>
  );
}
