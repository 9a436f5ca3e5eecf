import type { ReactNode } from 'react';
import { Col, Result, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';

export interface DetailFrameProps<T> {
  /** The list to go back to, with the tab and page it was left at. */
  listPath: string;
  id: number;
  query: { data: T | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
  title: (record: T) => string;
  /** What the record says: read first, in the wide column. */
  main: (record: T) => ReactNode;
  /** What to decide and the record's history, beside it on a desktop and below it on a phone. */
  side: (record: T) => ReactNode;
}

/** One record's page: its heading and a link back to the queue, with loading, error and bad-address states. */
export function DetailFrame<T>({ listPath, id, query, title, main, side }: DetailFrameProps<T>) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const back = <Link to={{ pathname: listPath, search }}>← {t('review.backToQueue')}</Link>;
  if (Number.isNaN(id)) return <Result status="404" title={t('review.badId')} extra={back} />;
  return (
    <>
      <div className="review-back">{back}</div>
      {query.isPending ? (
        <Spin size="large" className="block-spin" />
      ) : query.data === undefined ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} className="page-alert" />
      ) : (
        <>
          <Typography.Title level={3}>{title(query.data)}</Typography.Title>
          <Row gutter={[24, 16]}>
            <Col xs={24} xl={15}>
              {main(query.data)}
            </Col>
            <Col xs={24} xl={9}>
              {side(query.data)}
            </Col>
          </Row>
        </>
      )}
    </>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section">
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </section>
  );
}
