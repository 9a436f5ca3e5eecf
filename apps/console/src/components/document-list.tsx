import { useRef, useState } from 'react';
import { Button, List, Progress, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadView } from '@bangfu/contracts';
import { api } from '../lib/api-client';
import { useApiErrorLine } from '../lib/use-api-error-text';
import { useDocumentUrl } from '../lib/use-document-url';

interface Uploading {
  key: string;
  name: string;
  percent: number;
  error: string | null;
}

export interface DocumentListProps {
  value?: UploadView[];
  onChange?: (documents: UploadView[]) => void;
  max: number;
}

/**
 * Documents (licences, permits, proofs) upload to `POST /api/uploads` as soon as they are chosen, several at once,
 * each with its progress; the form field holds the uploaded ones.
 */
export function DocumentList({ value = [], onChange, max }: DocumentListProps) {
  const { t } = useTranslation();
  const errorLine = useApiErrorLine();
  const [uploading, setUploading] = useState<Uploading[]>([]);
  // Uploads finish in any order: each adds itself to the latest list, not to the one it started from.
  const latest = useRef(value);
  latest.current = value;
  const update = (key: string, change: Partial<Uploading>) => setUploading((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const start = (file: File) => {
    const key = `${file.name}-${file.size}-${file.lastModified}-${Math.random()}`;
    setUploading((all) => [...all, { key, name: file.name, percent: 0, error: null }]);
    api.upload(file, 'document', { onProgress: (fraction) => update(key, { percent: Math.round(fraction * 100) }) }).then(
      (stored) => {
        setUploading((all) => all.filter((u) => u.key !== key));
        onChange?.([...latest.current, stored]);
      },
      (error: unknown) => update(key, { error: errorLine(error) }),
    );
  };

  const room = max - value.length - uploading.filter((u) => !u.error).length;
  return (
    <Space orientation="vertical" className="document-list">
      <Upload
        multiple
        accept="image/png,image/jpeg,image/webp,application/pdf"
        showUploadList={false}
        disabled={room <= 0}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
      >
        <Button disabled={room <= 0}>{t('documents.upload')}</Button>
      </Upload>
      <List
        size="small"
        dataSource={[...value.map((document) => ({ document, pending: null })), ...uploading.map((pending) => ({ document: null, pending }))]}
        locale={{ emptyText: ' ' }}
        renderItem={({ document, pending }) =>
          document ? (
            <List.Item
              key={document.id}
              actions={[
                <Button key="remove" type="link" danger onClick={() => onChange?.(value.filter((d) => d.id !== document.id))}>
                  {t('documents.remove')}
                </Button>,
              ]}
            >
              <DocumentPreview document={document} />
            </List.Item>
          ) : (
            pending && (
              <List.Item key={pending.key}>
                <Space orientation="vertical" className="document-uploading">
                  <Typography.Text>{pending.name}</Typography.Text>
                  {pending.error ? (
                    <Typography.Text type="danger">{t('documents.uploadFailed', { reason: pending.error })}</Typography.Text>
                  ) : (
                    <Progress percent={pending.percent} size="small" aria-label={t('documents.uploading', { percent: pending.percent })} />
                  )}
                </Space>
              </List.Item>
            )
          )
        }
      />
    </Space>
  );
}

/** An image inline, a PDF as a link that opens it; both through the session, as the file is private. */
export function DocumentPreview({ document }: { document: UploadView }) {
  const { t } = useTranslation();
  const { url } = useDocumentUrl(document.id);
  const image = document.contentType.startsWith('image/');
  return (
    <Space>
      {image && url ? <img src={url} alt={document.fileName} className="document-thumbnail" /> : <span className="document-thumbnail document-thumbnail-file">PDF</span>}
      <Space orientation="vertical" size={0}>
        <Typography.Text>{document.fileName}</Typography.Text>
        <Typography.Text type="secondary">{Math.ceil(document.size / 1024)} KB</Typography.Text>
        {url && (
          <a href={url} target="_blank" rel="noreferrer">
            {t('documents.open')}
          </a>
        )}
      </Space>
    </Space>
  );
}
