import Swiper from 'antd-mobile/es/components/swiper';
import { BannerSlide, type Banner } from './banner-slide';

/** Several banners take turns; a swipe moves on at once. */
export function BannerCarousel({ banners }: { banners: Banner[] }) {
  return (
    <Swiper className="banner-carousel" autoplay autoplayInterval={5000} loop indicatorProps={{ color: 'white' }}>
      {banners.map((banner, index) => (
        <Swiper.Item key={`${index}-${banner.link}`}>
          <BannerSlide banner={banner} index={index} />
        </Swiper.Item>
      ))}
    </Swiper>
  );
}
