import { formatChinaTime, type StockLevelView, type StockMovementView } from '@bangfu/contracts';
import { useState } from 'react';
import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RecordList, type RecordColumn } from '../../../components/record-list';
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
      <Ledger skuId={level.skuId} />
    </Drawer>
  );
}

function Ledger({ skuId }: { skuId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const movements = useStockMovements(skuId, page);
  const columns: RecordColumn<StockMovementView>[] = [
    { key: 'time', title: t('ledger.time'), card: 'title', render: (m) => formatChinaTime(m.createdAt) },
    { key: 'kind', title: t('ledger.kind'), card: 'extra', render: (m) => <MovementKindTag kind={m.kind} /> },
    { key: 'onHandDelta', title: t('ledger.onHandDelta'), align: 'right', render: (m) => <SignedNumber value={m.onHandDelta} /> },
    { key: 'reservedDelta', title: t('ledger.reservedDelta'), align: 'right', render: (m) => <SignedNumber value={m.reservedDelta} /> },
    { key: 'reason', title: t('ledger.reason'), render: (m) => m.reason },
  ];
  return (
    <>
      {movements.isError && <ApiErrorAlert error={movements.error} onRetry={() => void movements.refetch()} className="page-alert" />}
      <RecordList<StockMovementView>
        size="small"
        columns={columns}
        records={movements.data?.items}
        recordKey={(m) => m.id}
        loading={movements.isFetching}
        emptyText={t('ledger.empty')}
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
