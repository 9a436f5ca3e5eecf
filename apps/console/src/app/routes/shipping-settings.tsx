import { Card, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useShippingRule } from '../../features/shipping/api/get-shipping-rule';
import { ShippingRuleForm } from '../../features/shipping/components/shipping-rule-form';

export function ShippingSettingsRoute() {
  const { t } = useTranslation();
  const rule = useShippingRule();
  return (
    <>
      <Typography.Title level={3}>{t('shipping.title')}</Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('shipping.intro')}</Typography.Paragraph>
        {rule.isPending ? (
          <Spin className="block-spin" />
        ) : rule.isError ? (
          <ApiErrorAlert error={rule.error} onRetry={() => void rule.refetch()} />
        ) : (
          <ShippingRuleForm rule={rule.data} />
        )}
      </Card>
    </>
  );
}
