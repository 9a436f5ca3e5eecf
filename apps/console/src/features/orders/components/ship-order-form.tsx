import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import { CARRIERS, ShipRequest, type Carrier } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { queryKeys } from '../../../lib/query-keys';
import { usePhoneLayout } from '../../../lib/use-phone-layout';
import { useShipOrder } from '../api/ship-order';

interface ShipFormValues {
  carrier: Carrier;
  trackingNo: string;
}

/** A paid order goes out: the carrier and its tracking number, checked as the API checks them. */
export function ShipOrderForm({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ship = useShipOrder(orderId);
  const queryClient = useQueryClient();
  // On a phone the fields stack, and the button spans the width for a thumb.
  const phone = usePhoneLayout();
  // A 409 means the order moved meanwhile (shipped elsewhere, refund requested): offer to load it as it is now.
  const conflict = isApiError(ship.error) && ship.error.status === 409;
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.supplierOrder(orderId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.supplierOrders });
  };

  return (
    <Form<ShipFormValues>
      layout={phone ? 'vertical' : 'inline'}
      className="ship-form"
      requiredMark={false}
      disabled={ship.isPending}
      onFinish={({ carrier, trackingNo }) =>
        ship.mutate(
          { carrier, trackingNo: trackingNo.trim() },
          { onSuccess: () => void message.success(t('ship.done', { id: orderId })) },
        )
      }
    >
      <Form.Item name="carrier" label={t('ship.carrier')} rules={[{ required: true, message: t('ship.carrierRequired') }]}>
        <Select<Carrier>
          className="carrier-select"
          placeholder={t('ship.carrierRequired')}
          options={CARRIERS.map((code) => ({ value: code, label: t(`carriers.${code}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="trackingNo"
        label={t('ship.trackingNo')}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              ShipRequest.shape.trackingNo.safeParse(value ?? '').success ? Promise.resolve() : Promise.reject(new Error(t('ship.trackingNoInvalid'))),
          },
        ]}
      >
        <Input placeholder={t('ship.trackingNoPlaceholder')} maxLength={40} autoComplete="off" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={ship.isPending} block={phone}>
          {t('ship.submit')}
        </Button>
      </Form.Item>
      {ship.isError && (
        <ApiErrorAlert error={ship.error} className="form-error" onRetry={conflict ? reload : undefined} retryLabel={t('ship.reload')} />
      )}
    </Form>
  );
}
