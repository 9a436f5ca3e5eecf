import { useState } from 'react';
import ImageViewer from 'antd-mobile/es/components/image-viewer';
import { useTranslation } from 'react-i18next';

/** The photos sent with a refund request; a tap opens them full screen. */
export function RefundPhotos({ photos }: { photos: string[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<number | null>(null);
  if (photos.length === 0) return null;
  return (
    <div className="photo-grid refund-photos">
      {photos.map((src, index) => (
        <button key={src} type="button" className="photo-tile" onClick={() => setShown(index)}>
          <img src={src} alt={t('orders.photo', { n: index + 1 })} loading="lazy" />
        </button>
      ))}
      {/* Mounted only while open, so it opens on the photo tapped rather than the one seen last. */}
      {shown !== null && <ImageViewer.Multi images={photos} visible defaultIndex={shown} onClose={() => setShown(null)} />}
    </div>
  );
}
