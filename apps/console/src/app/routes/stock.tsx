import { useState } from 'react';
import { Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockLevelView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSupplierStock } from '../../features/stock/api/get-supplier-stock';
import { AdjustStockDialog } from '../../features/stock/components/adjust-stock-dialog';
import { StockLedgerDrawer } from '../../features/stock/components/stock-ledger-drawer';
import { StockTable, type StockAction } from '../../features/stock/components/stock-table';
import { ThresholdDialog } from '../../features/stock/components/threshold-dialog';

/** The SKU a dialog or the ledger works on; kept after closing so the closing animation still has its content. */
interface Active {
  action: StockAction;
  level: StockLevelView;
  open: boolean;
}

export function StockRoute() {
  const { t } = useTranslation();
  const [lowOnly, setLowOnly] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [active, setActive] = useState<Active | null>(null);
  const stock = useSupplierStock({ ...paging, lowOnly });
  const close = () => setActive((a) => a && { ...a, open: false });
  // The open row follows the list, so the dialog shows the counts as they are after a change.
  const level = active && (stock.data?.items.find((l) => l.skuId === active.level.skuId && l.locationId === active.level.locationId) ?? active.level);

  return (
    <>
      <Typography.Title level={3}>{t('stock.title')}</Typography.Title>
      <div className="toolbar">
        <Checkbox
          checked={lowOnly}
          onChange={(e) => {
            setLowOnly(e.target.checked);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        >
          {t('stock.lowOnly')}
        </Checkbox>
      </div>
      {stock.isError && <ApiErrorAlert error={stock.error} onRetry={() => void stock.refetch()} className="page-alert" />}
      {/* A failed first load shows only the error, not an empty table claiming there is nothing. */}
      {!(stock.isError && !stock.data) && (
        <StockTable
          items={stock.data?.items}
          total={stock.data?.total ?? 0}
          loading={stock.isFetching}
          lowOnly={lowOnly}
          page={paging.page}
          pageSize={paging.pageSize}
          onPageChange={(page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })}
          onAction={(action, row) => setActive({ action, level: row, open: true })}
        />
      )}
      {active && level && active.action === 'adjust' && (
        <AdjustStockDialog key={level.skuId} level={level} open={active.open} onClose={close} />
      )}
      {active && level && active.action === 'threshold' && (
        <ThresholdDialog key={level.skuId} level={level} open={active.open} onClose={close} />
      )}
      {active && level && active.action === 'ledger' && (
        <StockLedgerDrawer key={level.skuId} level={level} open={active.open} onClose={close} />
      )}
    </>
  );
}
