import type { ImgHTMLAttributes } from 'react';
import { IMAGE_WIDTHS } from '@bangfu/contracts';

export interface ImageSources {
  src: string;
  srcSet?: string;
  sizes?: string;
}

/** Uploaded raster images are served at IMAGE_WIDTHS as WebP (`?w=`); an SVG comes as it is at any width. */
function isResizable(url: string): boolean {
  return url.startsWith('/media/') && !/\.svg$/i.test(url);
}

/**
 * `src`, `srcSet` and `sizes` for a /media image laid out `width` CSS pixels wide (or as `sizes` says): the
 * browser fetches the smallest width that is sharp on its screen, and `src` serves a double-density screen
 * where srcset is not read. Other URLs are left as they are.
 */
export function imageSources(url: string, width: number, sizes = `${width}px`): ImageSources {
  if (!isResizable(url)) return { src: url };
  const sharp = IMAGE_WIDTHS.find((w) => w >= width * 2) ?? IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
  return {
    src: `${url}?w=${sharp}`,
    srcSet: IMAGE_WIDTHS.map((w) => `${url}?w=${w} ${w}w`).join(', '),
    sizes,
  };
}

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
