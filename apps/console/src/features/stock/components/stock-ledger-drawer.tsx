import { formatChinaTime, type StockLevelView, type StockMovementView } from '@bangfu/contracts';
import { useState } from 'react';
import { Drawer, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { STOCK_MOVEMENTS_PAGE_SIZE, useStockMovements } from '../api/get-stock-movements';
import { MovementKindTag } from './movement-kind-tag';
import { SignedNumber } from './signed-number';

export interface StockLedgerDrawerProps {
  level: StockLevelView;
  open: boolean;
  onClose: () => void;
}

/** Every counted change of the SKU in the online warehouse, newest first. */
export function StockLedgerDrawer({ level, open, onClose }: StockLedgerDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} size={720} title={t('ledger.title', { name: `${level.productName} ${level.skuSpec}` })} destroyOnHidden>
      <LedgerTable skuId={level.skuId} />
    </Drawer>
  );
}

function LedgerTable({ skuId }: { skuId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const movements = useStockMovements(skuId, page);
  const columns: TableColumnsType<StockMovementView> = [
    { title: t('ledger.time'), dataIndex: 'createdAt', render: (at: string) => formatChinaTime(at) },
    { title: t('ledger.kind'), dataIndex: 'kind', render: (kind: StockMovementView['kind']) => <MovementKindTag kind={kind} /> },
    { title: t('ledger.onHandDelta'), dataIndex: 'onHandDelta', align: 'right', render: (v: number) => <SignedNumber value={v} /> },
    { title: t('ledger.reservedDelta'), dataIndex: 'reservedDelta', align: 'right', render: (v: number) => <SignedNumber value={v} /> },
    { title: t('ledger.reason'), dataIndex: 'reason' },
  ];
  return (
    <>
      {movements.isError && <ApiErrorAlert error={movements.error} onRetry={() => void movements.refetch()} className="page-alert" />}
      <Table<StockMovementView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={movements.data?.items}
        loading={movements.isFetching}
        locale={{ emptyText: t('ledger.empty') }}
        pagination={{
          current: page,
          pageSize: STOCK_MOVEMENTS_PAGE_SIZE,
          total: movements.data?.total ?? 0,
          showTotal: (count) => t('ledger.total', { count }),
          onChange: setPage,
        }}
      />
    </>
  );
}
