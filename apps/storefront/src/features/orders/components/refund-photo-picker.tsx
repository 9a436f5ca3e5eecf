import { useState } from 'react';
import ProgressBar from 'antd-mobile/es/components/progress-bar';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@bangfu/ui';
import { MAX_PHOTO_BYTES, MAX_REFUND_PHOTOS, PHOTO_TYPES, type PhotoRejection, type PhotoUploads } from '../api/upload-photos';

const MEGABYTES = `${MAX_PHOTO_BYTES / 1024 / 1024} MB`;

/** Thumbnails of the chosen photos with their upload state, a remove button each, and a tile to add more. */
export function RefundPhotoPicker({ uploads }: { uploads: PhotoUploads }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [rejections, setRejections] = useState<PhotoRejection[]>([]);
  const { photos } = uploads;

  return (
    <div className="photo-picker">
      <p className="field-label">{t('orders.refundForm.photos', { max: MAX_REFUND_PHOTOS })}</p>
      <div className="photo-grid">
        {photos.map((photo, index) => {
          const state = photo.path ? 'done' : photo.error !== null ? 'failed' : 'uploading';
          return (
            <div key={photo.key} className="photo-tile" data-state={state}>
              <img src={photo.path ?? photo.preview} alt={t('orders.photo', { n: index + 1 })} />
              {state === 'uploading' && (
                <div className="photo-overlay">
                  <span>{t('orders.refundForm.uploading', { percent: Math.floor(photo.progress * 100) })}</span>
                  <ProgressBar percent={photo.progress * 100} />
                </div>
              )}
              {state === 'failed' && (
                <button type="button" className="photo-overlay photo-failed" onClick={() => uploads.retry(photo.key)}>
                  <span>{t('orders.refundForm.uploadFailed')}</span>
                  <span>{t('orders.refundForm.retryUpload')}</span>
                </button>
              )}
              <button
                type="button"
                className="photo-remove"
                aria-label={t('orders.refundForm.removePhoto', { n: index + 1 })}
                onClick={() => {
                  uploads.remove(photo.key);
                  setRejections([]);
                }}
              >
                ×
              </button>
            </div>
          );
        })}
        {!uploads.full && (
          <label className="photo-tile photo-add">
            <input
              type="file"
              accept={PHOTO_TYPES.join(',')}
              multiple
              onChange={(event) => {
                const files = Array.from(event.target.files ?? []);
                // The same file may be picked again after it was removed.
                event.target.value = '';
                setRejections(uploads.add(files));
              }}
            />
            <span aria-hidden>+</span>
            <span>{t('orders.refundForm.addPhoto')}</span>
          </label>
        )}
      </div>
      {(rejections.length > 0 || uploads.failed) && (
        <div className="form-error" role="alert">
          {rejections.map((r) => (
            <p key={`${r.problem}-${r.name}`}>{t(`orders.refundForm.rejected.${r.problem}`, { name: r.name, size: MEGABYTES, max: MAX_REFUND_PHOTOS })}</p>
          ))}
          {photos.map((photo, index) =>
            photo.error !== null ? <p key={photo.key}>{t('orders.refundForm.photoFailed', { n: index + 1, message: errorMessage(photo.error) })}</p> : null,
          )}
        </div>
      )}
    </div>
  );
}
