import { Image, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The buyer's evidence: /media/… paths on this origin, previewed full size on click. */
export function RefundPhotos({ photos }: { photos: string[] }) {
  const { t } = useTranslation();
  if (photos.length === 0) return <Typography.Text type="secondary">{t('refundRequest.noPhotos')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space size={4} wrap>
        {photos.map((src, index) => (
          <Image key={src} src={src} width={48} height={48} className="refund-photo" alt={t('refundRequest.photoAlt', { n: index + 1 })} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
