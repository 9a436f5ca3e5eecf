import { useParams } from 'react-router';
import { useCertificateCheck } from '../../features/certificates/api/get-certificate-check';
import { CertificateCheckCard } from '../../features/certificates/components/certificate-check-card';
import { LoadError, Loading } from '../../components/query-status';
import { usePageTitle } from '../../lib/use-page-title';

/** /verify/:certificateNo — where the QR code on a product, its packaging or a counter leads. */
export function VerifyRoute() {
  const { certificateNo = '' } = useParams();
  const check = useCertificateCheck(certificateNo);
  usePageTitle(check.data?.no);
  if (check.isPending) return <Loading />;
  if (check.isError) return <LoadError error={check.error} onRetry={() => void check.refetch()} />;
  return <CertificateCheckCard check={check.data} checkedAt={check.dataUpdatedAt} />;
}
