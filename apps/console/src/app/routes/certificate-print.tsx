import { Button, Empty, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSupplierProfile } from '../../features/certificate/api/get-supplier-profile';
import { PrintableCertificate } from '../../features/certificate/components/printable-certificate';

/** /console/certificate/print — the certificate alone on the page; the console's bars are left off the paper. */
export function CertificatePrintRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useSupplierProfile();
  if (profile.isPending) return <Spin size="large" className="page-spin" />;
  if (profile.isError) return <ApiErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  const { certificate } = profile.data;
  return (
    <Space orientation="vertical" size="large" className="full-width">
      <Space className="no-print">
        <Button type="primary" onClick={() => window.print()} disabled={!certificate}>
          {t('supplierCertificate.printNow')}
        </Button>
        <Button onClick={() => navigate('/certificate')}>{t('supplierCertificate.back')}</Button>
      </Space>
      {certificate ? <PrintableCertificate profile={profile.data} certificate={certificate} /> : <Empty description={t('supplierCertificate.none')} />}
    </Space>
  );
}
