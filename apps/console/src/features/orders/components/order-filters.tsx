import { Button, DatePicker, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, type OrderStatus } from '@bangfu/contracts';

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

const ALL = 'all';

/** Status tabs over every order state, a day range and the export of what is filtered. */
export function OrderFilters({ value, onChange, onExport, exporting }: OrderFiltersProps) {
  const { t } = useTranslation();
  return (
    <>
      <Tabs
        activeKey={value.status ?? ALL}
        onChange={(key) => onChange({ ...value, status: key === ALL ? undefined : (key as OrderStatus) })}
        items={[
          { key: ALL, label: t('orders.statusAll') },
          ...ORDER_STATUSES.map((status) => ({ key: status, label: t(`orderStatus.${status}`) })),
        ]}
      />
      <div className="toolbar">
        <Space wrap>
          <Typography.Text>{t('orders.dateRange')}</Typography.Text>
          {/* Uncontrolled: the picker hands back the days as YYYY-MM-DD text, which is all the filter needs. */}
          <DatePicker.RangePicker
            format="YYYY-MM-DD"
            allowEmpty={[true, true]}
            aria-label={t('orders.dateRange')}
            onChange={(_, [from, to]) => onChange({ ...value, from: from || undefined, to: to || undefined })}
          />
        </Space>
        <Button onClick={onExport} loading={exporting}>
          {t('orders.export')}
        </Button>
      </div>
    </>
  );
}
