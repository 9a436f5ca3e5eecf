import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Channel, type OrderStatus } from '@bangfu/contracts';
import { OrderStatusTabs } from '../../orders/components/order-status-tabs';
import type { FilterKey, FilterText } from '../filter-params';

type FormKey = Exclude<FilterKey, 'status'>;
type FormValues = Partial<Record<FormKey, string>>;

export interface AssociationOrderFiltersProps {
  /** The filters as the URL has them. */
  value: FilterText;
  /** Called with the whole new set of filters; the page goes back to the first. */
  onChange: (value: FilterText) => void;
  /** Filters the API refused, marked on their inputs. */
  invalid: ReadonlySet<string>;
}

const ALL = '';

/**
 * Status applies at once; supplier, dates, attribution and channel apply together on "filter", so a half-typed code
 * is not sent. The form is keyed by the URL, so going back in history shows the filters of that page.
 */
export function AssociationOrderFilters({ value, onChange, invalid }: AssociationOrderFiltersProps) {
  const { t } = useTranslation();
  const status = (key: FormKey) => (invalid.has(key) ? 'error' : undefined);
  const { status: orderStatus, page: _page, pageSize: _pageSize, ...formValues } = value;
  return (
    <>
      <OrderStatusTabs value={orderStatus as OrderStatus | undefined} onChange={(next) => onChange({ ...value, status: next, page: undefined })} />
      <Form<FormValues>
        key={JSON.stringify(formValues)}
        layout="inline"
        className="toolbar association-order-filters"
        initialValues={{ channel: ALL, ...formValues }}
        onFinish={(next) => onChange({ status: value.status, pageSize: value.pageSize, ...trimmed(next) })}
      >
        <Form.Item name="supplierId" label={t('associationOrders.supplierId')} validateStatus={status('supplierId')}>
          <Input inputMode="numeric" allowClear placeholder={t('associationOrders.supplierIdPlaceholder')} className="supplier-id-input" />
        </Form.Item>
        <Form.Item name="from" label={t('associationOrders.from')} validateStatus={status('from')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="to" label={t('associationOrders.to')} validateStatus={status('to')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="ref" label={t('associationOrders.ref')} validateStatus={status('ref')}>
          <Input allowClear placeholder={t('associationOrders.refPlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="channel" label={t('associationOrders.channel')} validateStatus={status('channel')}>
          <Select
            className="channel-select"
            options={[
              { value: ALL, label: t('associationOrders.channelAll') },
              ...Channel.options.map((channel) => ({ value: channel, label: t(`channels.${channel}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('associationOrders.apply')}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button onClick={() => onChange({ pageSize: value.pageSize })}>{t('associationOrders.clear')}</Button>
        </Form.Item>
      </Form>
    </>
  );
}

function trimmed(values: FormValues): FilterText {
  return Object.fromEntries(Object.entries(values).map(([key, text]) => [key, text?.trim() || undefined]));
}
