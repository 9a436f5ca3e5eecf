import { useRef } from 'react';
import { Alert, Button, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProductImage } from '@bangfu/ui';
import { MAX_IMAGES } from '../product-form-values';
import type { ProductImages as Images } from './use-product-images';

/** What the file picker offers; the API checks each file's content and size and answers what is wrong. */
const ACCEPTED = 'image/png,image/jpeg,image/webp';

export interface ProductImagesProps {
  images: Images;
  disabled: boolean;
  /** What the contract or the API said about the pictures as a whole. */
  error: string | null;
}

/** The pictures in order, each with its upload progress; the first is the cover, and buttons move one earlier or later. */
export function ProductImages({ images, disabled, error }: ProductImagesProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { items } = images;
  return (
    <div className="product-images">
      <Typography.Paragraph type="secondary">{t('productEditor.imagesHint', { max: MAX_IMAGES })}</Typography.Paragraph>
      <ol className="product-image-tiles">
        {items.map((item, index) => {
          const n = index + 1;
          return (
            <li key={item.key} className="product-image-tile" aria-label={t('productEditor.imageAlt', { n })}>
              <div className="product-image-frame">
                <ProductImage src={item.preview} width={120} height={120} alt={t('productEditor.imageAlt', { n })} className="product-image-preview" />
                {index === 0 && (
                  <Tag color="green" className="product-image-cover">
                    {t('productEditor.coverTag')}
                  </Tag>
                )}
              </div>
              {item.error ? (
                <Typography.Text type="danger" className="product-image-error">
                  {t('productEditor.uploadFailed')}: {item.error}
                </Typography.Text>
              ) : (
                item.url === null && <Progress percent={Math.round(item.progress * 100)} size="small" aria-label={t('productEditor.uploading')} />
              )}
              <div className="product-image-buttons">
                <Button size="small" type="text" disabled={disabled || index === 0} onClick={() => images.move(item.key, -1)} aria-label={`${t('productEditor.moveUp')} ${n}`}>
                  ←
                </Button>
                <Button size="small" type="text" disabled={disabled || index === items.length - 1} onClick={() => images.move(item.key, 1)} aria-label={`${t('productEditor.moveDown')} ${n}`}>
                  →
                </Button>
                <Button size="small" type="text" danger disabled={disabled} onClick={() => images.remove(item.key)} aria-label={`${t('productEditor.removeImage')} ${n}`}>
                  {t('productEditor.removeImage')}
                </Button>
              </div>
            </li>
          );
        })}
        {items.length < MAX_IMAGES && (
          <li className="product-image-tile">
            <button type="button" className="product-image-add" disabled={disabled} onClick={() => input.current?.click()}>
              <span aria-hidden="true">+</span>
              {t('productEditor.upload')}
            </button>
            <input
              ref={input}
              type="file"
              accept={ACCEPTED}
              multiple
              // Out of sight and out of the tab order: the tile's button opens it.
              style={{ display: 'none' }}
              aria-label={t('productEditor.upload')}
              onChange={(e) => {
                images.add(Array.from(e.target.files ?? []));
                // The same file can be picked again after it was removed.
                e.target.value = '';
              }}
            />
          </li>
        )}
      </ol>
      {(images.notice ?? error) && <Alert type="warning" showIcon title={images.notice ?? error} />}
    </div>
  );
}
