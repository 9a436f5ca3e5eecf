import { useState } from 'react';
import { Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockLevelView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useRecordDialog } from '../../components/use-record-dialog';
import { useSupplierStock } from '../../features/stock/api/get-supplier-stock';
import { AdjustStockDialog } from '../../features/stock/components/adjust-stock-dialog';
import { StockLedgerDrawer } from '../../features/stock/components/stock-ledger-drawer';
import { StockList, type StockAction } from '../../features/stock/components/stock-list';
import { ThresholdDialog } from '../../features/stock/components/threshold-dialog';
import { usePaging } from '../../lib/use-paging';

export function StockRoute() {
  const { t } = useTranslation();
  const [lowOnly, setLowOnly] = useState(false);
  const paging = usePaging();
  const { shown, show, close } = useRecordDialog<StockLevelView, StockAction>();
  const stock = useSupplierStock({ page: paging.page, pageSize: paging.pageSize, lowOnly });
  // The open SKU follows the list, so the dialog shows the counts as they are after a change.
  const level = shown && (stock.data?.items.find((l) => l.skuId === shown.record.skuId && l.locationId === shown.record.locationId) ?? shown.record);

  return (
    <>
      <Typography.Title level={3}>{t('stock.title')}</Typography.Title>
      <div className="toolbar">
        <Checkbox
          checked={lowOnly}
          onChange={(e) => {
            setLowOnly(e.target.checked);
            paging.reset();
          }}
        >
          {t('stock.lowOnly')}
        </Checkbox>
      </div>
      {stock.isError && <ApiErrorAlert error={stock.error} onRetry={() => void stock.refetch()} className="page-alert" />}
      {/* A failed first load shows only the error, not an empty list claiming there is nothing. */}
      {!(stock.isError && !stock.data) && (
        <StockList
          items={stock.data?.items}
          total={stock.data?.total ?? 0}
          loading={stock.isFetching}
          lowOnly={lowOnly}
          page={paging.page}
          pageSize={paging.pageSize}
          onPageChange={paging.onChange}
          onAction={show}
        />
      )}
      {shown && level && shown.dialog === 'adjust' && <AdjustStockDialog key={level.skuId} level={level} open={shown.open} onClose={close} />}
      {shown && level && shown.dialog === 'threshold' && <ThresholdDialog key={level.skuId} level={level} open={shown.open} onClose={close} />}
      {shown && level && shown.dialog === 'ledger' && <StockLedgerDrawer key={level.skuId} level={level} open={shown.open} onClose={close} />}
    </>
  );
}
