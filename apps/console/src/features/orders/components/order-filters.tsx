import { Button, DatePicker, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@bangfu/contracts';
import { usePhoneLayout } from '../../../lib/use-phone-layout';
import { OrderStatusTabs } from './order-status-tabs';

export interface OrderFilterValue {
  status?: OrderStatus;
  /** China calendar dates, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

export interface OrderFiltersProps {
  value: OrderFilterValue;
  onChange: (value: OrderFilterValue) => void;
  onExport: () => void;
  exporting: boolean;
}

/** Status tabs over every order state, a day range and the export of what is filtered. */
export function OrderFilters({ value, onChange, onExport, exporting }: OrderFiltersProps) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  return (
    <>
      <OrderStatusTabs value={value.status} onChange={(status) => onChange({ ...value, status })} />
      <div className="toolbar">
        <Space wrap>
          <Typography.Text>{t('orders.dateRange')}</Typography.Text>
          {phone ? (
            // antd's range picker opens two months side by side, wider than a phone; the phone's own date picker fits.
            <>
              <Input type="date" aria-label={t('orders.dateFrom')} value={value.from ?? ''} onChange={(e) => onChange({ ...value, from: e.target.value || undefined })} />
              <Input type="date" aria-label={t('orders.dateTo')} value={value.to ?? ''} onChange={(e) => onChange({ ...value, to: e.target.value || undefined })} />
            </>
          ) : (
            // Uncontrolled: the picker hands back the days as YYYY-MM-DD text, which is all the filter needs.
            <DatePicker.RangePicker
              format="YYYY-MM-DD"
              allowEmpty={[true, true]}
              aria-label={t('orders.dateRange')}
              onChange={(_, [from, to]) => onChange({ ...value, from: from || undefined, to: to || undefined })}
            />
          )}
        </Space>
        <Button onClick={onExport} loading={exporting}>
          {t('orders.export')}
        </Button>
      </div>
    </>
  );
}
