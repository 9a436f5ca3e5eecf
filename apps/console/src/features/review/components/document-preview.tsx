import { Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useDocumentUrl } from '../../../lib/use-document-url';

/**
 * An uploaded document as the reviewer needs it: a picture inline, a PDF to open in its own window or download —
 * the page's security policy keeps blob: URLs out of frames, so a PDF cannot be shown inside the page.
 */
export function DocumentPreview({ document }: { document: UploadView }) {
  const { t } = useTranslation();
  const content = useDocumentUrl(document.id);
  const image = document.contentType.startsWith('image/');
  return (
    <figure className="review-document">
      <figcaption>
        <Space wrap size="middle">
          <Typography.Text strong>{document.fileName}</Typography.Text>
          <Typography.Text type="secondary">{t('review.document.size', { size: Math.ceil(document.size / 1024) })}</Typography.Text>
          {content.url && (
            <>
              <a href={content.url} target="_blank" rel="noreferrer">
                {t('review.document.open')}
              </a>
              <a href={content.url} download={document.fileName}>
                {t('review.document.download')}
              </a>
            </>
          )}
        </Space>
      </figcaption>
      {content.error ? (
        <ApiErrorAlert error={content.error} onRetry={() => void content.refetch()} />
      ) : !content.url ? (
        <Spin className="block-spin" />
      ) : image ? (
        <img src={content.url} alt={document.fileName} className="review-document-image" />
      ) : (
        <a href={content.url} target="_blank" rel="noreferrer" className="review-document-file">
          PDF
        </a>
      )}
    </figure>
  );
}
