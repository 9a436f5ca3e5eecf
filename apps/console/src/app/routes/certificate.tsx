import { Button, Card, Col, Empty, Row, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QrCode } from '@bangfu/ui';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSupplierProfile } from '../../features/certificate/api/get-supplier-profile';
import { CertificateDetails } from '../../features/certificate/components/certificate-details';
import { RenewalRequestCard } from '../../features/certificate/components/renewal-request';
import { verifyUrl } from '../../features/certificate/verify-url';

/** /console/certificate — the supplier's certificate, its public check, printing and renewal. */
export function CertificateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useSupplierProfile();
  if (profile.isPending) return <Spin size="large" className="page-spin" />;
  if (profile.isError) return <ApiErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  const { certificate, renewal } = profile.data;
  return (
    <Space orientation="vertical" size="large" className="full-width">
      <Typography.Title level={3}>{t('supplierCertificate.title')}</Typography.Title>
      {certificate ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Card
              title={t('supplierCertificate.heading')}
              extra={
                <Button type="primary" onClick={() => navigate('/certificate/print')}>
                  {t('supplierCertificate.print')}
                </Button>
              }
            >
              <CertificateDetails profile={profile.data} certificate={certificate} />
              {renewal && !renewal.renewalPending && renewal.daysLeft >= 0 && (
                <Typography.Paragraph type="secondary">{t('supplierCertificate.daysLeft', { count: renewal.daysLeft })}</Typography.Paragraph>
              )}
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card className="certificate-qr-card">
              <QrCode value={verifyUrl(certificate.no)} size={160} label={t('supplierCertificate.qr')} />
              <Typography.Paragraph type="secondary">{t('supplierCertificate.scan')}</Typography.Paragraph>
            </Card>
          </Col>
          <Col xs={24} lg={16}>
            <Card title={t('supplierCertificate.renewalTitle')}>
              <RenewalRequestCard renewal={renewal} />
            </Card>
          </Col>
        </Row>
      ) : (
        <Empty description={t('supplierCertificate.none')} />
      )}
    </Space>
  );
}
