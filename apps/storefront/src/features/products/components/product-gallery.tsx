import { Image, Swiper } from 'antd-mobile';

export function ProductGallery({ images, name }: { images: string[]; name: string }) {
  if (images.length === 0) return <div className="gallery gallery-empty" aria-hidden="true" />;
  return (
    <Swiper className="gallery" indicator={images.length > 1 ? undefined : () => null} loop={images.length > 1}>
      {images.map((src, i) => (
        <Swiper.Item key={src}>
          <Image src={src} alt={i === 0 ? name : ''} fit="contain" className="gallery-image" />
        </Swiper.Item>
      ))}
    </Swiper>
  );
}
