import type { ImgHTMLAttributes } from 'react';
import { imageSources } from '@bangfu/contracts';

export interface ProductImageProps extends Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'srcSet' | 'width' | 'height' | 'loading'> {
  /** A product without a picture gets an empty tile of the same size. */
  src: string | null;
  /** The size it is laid out at, in CSS pixels: it reserves the space before the picture arrives. */
  width: number;
  height: number;
  /** Pictures below the first screen wait until they are scrolled near. */
  lazy?: boolean;
}

/** A product picture at the size it is shown; the app's class sets how it fills its box (object-fit). */
export function ProductImage({ src, width, height, sizes, lazy = false, alt = '', className, ...rest }: ProductImageProps) {
  const classes = className ? `bangfu-product-image ${className}` : 'bangfu-product-image';
  if (!src) return <span className={`${classes} bangfu-product-image-none`} style={{ aspectRatio: `${width} / ${height}` }} aria-hidden="true" />;
  return (
    <img
      {...imageSources(src, width, sizes)}
      width={width}
      height={height}
      alt={alt}
      loading={lazy ? 'lazy' : 'eager'}
      decoding="async"
      className={classes}
      {...rest}
    />
  );
}
