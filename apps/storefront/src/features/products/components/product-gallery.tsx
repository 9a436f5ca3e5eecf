import Swiper from 'antd-mobile/es/components/swiper';
import { STOREFRONT_IMAGES } from '@bangfu/contracts';
import { ProductImage } from '@bangfu/ui';

/** The gallery spans the phone's width; a square picture is laid out this wide on a 390 px screen. */
const { width: GALLERY_SIZE, sizes: GALLERY_SIZES } = STOREFRONT_IMAGES.gallery;

export function ProductGallery({ images, name }: { images: string[]; name: string }) {
  if (images.length === 0) return <div className="gallery gallery-empty" aria-hidden="true" />;
  return (
    <Swiper className="gallery" indicator={images.length > 1 ? undefined : () => null} loop={images.length > 1}>
      {images.map((src, i) => (
        <Swiper.Item key={src}>
          <ProductImage src={src} alt={i === 0 ? name : ''} width={GALLERY_SIZE} height={GALLERY_SIZE} sizes={GALLERY_SIZES} lazy={i > 0} className="gallery-image" />
        </Swiper.Item>
      ))}
    </Swiper>
  );
}
