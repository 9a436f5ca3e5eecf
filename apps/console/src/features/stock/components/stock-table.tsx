import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockLevelView } from '@bangfu/contracts';

export type StockAction = 'adjust' | 'threshold' | 'ledger';

export interface StockTableProps {
  items: StockLevelView[] | undefined;
  total: number;
  loading: boolean;
  lowOnly: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onAction: (action: StockAction, level: StockLevelView) => void;
}

export function StockTable({ items, total, loading, lowOnly, page, pageSize, onPageChange, onAction }: StockTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<StockLevelView> = [
    { title: t('stock.product'), dataIndex: 'productName' },
    { title: t('stock.spec'), dataIndex: 'skuSpec' },
    { title: t('stock.onHand'), dataIndex: 'onHand', align: 'right' },
    { title: t('stock.reserved'), dataIndex: 'reserved', align: 'right' },
    {
      title: t('stock.available'),
      dataIndex: 'available',
      align: 'right',
      render: (available: number, level) => (
        <Space size={4}>
          {level.low && <Tag color="red">{t('stock.low')}</Tag>}
          <Typography.Text strong type={level.low ? 'danger' : undefined} className="stock-available">
            {available}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('stock.threshold'),
      dataIndex: 'lowStockThreshold',
      align: 'right',
      render: (threshold: number) => (threshold > 0 ? threshold : <Typography.Text type="secondary">{t('stock.thresholdOff')}</Typography.Text>),
    },
    {
      title: t('stock.actions'),
      key: 'actions',
      render: (_, level) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => onAction('adjust', level)}>
            {t('stock.adjust')}
          </Button>
          <Button type="link" size="small" onClick={() => onAction('threshold', level)}>
            {t('stock.setThreshold')}
          </Button>
          <Button type="link" size="small" onClick={() => onAction('ledger', level)}>
            {t('stock.ledger')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<StockLevelView>
      rowKey={(level) => `${level.skuId}:${level.locationId}`}
      columns={columns}
      dataSource={items}
      loading={loading}
      rowClassName={(level) => (level.low ? 'stock-row-low' : '')}
      locale={{ emptyText: lowOnly ? t('stock.emptyLow') : t('stock.empty') }}
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
