import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockLevelView } from '@bangfu/contracts';
import { RecordList, type RecordColumn } from '../../../components/record-list';

export type StockAction = 'adjust' | 'threshold' | 'ledger';

export interface StockListProps {
  items: StockLevelView[] | undefined;
  total: number;
  loading: boolean;
  lowOnly: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onAction: (action: StockAction, level: StockLevelView) => void;
}

/** The supplier's SKUs with what is on hand, reserved and available; those running low stand out. */
export function StockList({ items, total, loading, lowOnly, page, pageSize, onPageChange, onAction }: StockListProps) {
  const { t } = useTranslation();
  const columns: RecordColumn<StockLevelView>[] = [
    { key: 'product', title: t('stock.product'), card: 'title', render: (level) => level.productName },
    { key: 'spec', title: t('stock.spec'), card: 'title', render: (level) => level.skuSpec },
    { key: 'onHand', title: t('stock.onHand'), align: 'right', render: (level) => level.onHand },
    { key: 'reserved', title: t('stock.reserved'), align: 'right', render: (level) => level.reserved },
    {
      key: 'available',
      title: t('stock.available'),
      align: 'right',
      render: (level) => (
        <Space size={4}>
          {level.low && <Tag color="red">{t('stock.low')}</Tag>}
          <Typography.Text strong type={level.low ? 'danger' : undefined} className="stock-available">
            {level.available}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'threshold',
      title: t('stock.threshold'),
      align: 'right',
      render: (level) =>
        level.lowStockThreshold > 0 ? level.lowStockThreshold : <Typography.Text type="secondary">{t('stock.thresholdOff')}</Typography.Text>,
    },
  ];
  return (
    <RecordList<StockLevelView>
      columns={columns}
      actions={{
        title: t('stock.actions'),
        of: (level) => [
          { key: 'adjust', label: t('stock.adjust'), onClick: () => onAction('adjust', level) },
          { key: 'threshold', label: t('stock.setThreshold'), onClick: () => onAction('threshold', level) },
          { key: 'ledger', label: t('stock.ledger'), onClick: () => onAction('ledger', level) },
        ],
      }}
      records={items}
      recordKey={(level) => `${level.skuId}:${level.locationId}`}
      loading={loading}
      isUrgent={(level) => level.low}
      emptyText={lowOnly ? t('stock.emptyLow') : t('stock.empty')}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('stock.total', { count }),
        onChange: onPageChange,
      }}
    />
  );
}
