import Selector from 'antd-mobile/es/components/selector';
import { useTranslation } from 'react-i18next';
import type { PublicProductView } from '@bangfu/contracts';
import { formatPrice } from '@bangfu/contracts';

type Sku = PublicProductView['skus'][number];

export function SkuPicker({ skus, value, onChange }: { skus: Sku[]; value: number | undefined; onChange: (skuId: number) => void }) {
  const { t } = useTranslation();
  return (
    <Selector
      className="sku-picker"
      columns={1}
      value={value === undefined ? [] : [value]}
      onChange={([skuId]) => skuId !== undefined && onChange(skuId)}
      options={skus.map((sku) => ({
        value: sku.id,
        label: `${sku.spec} / ${sku.unit}`,
        description: sku.inStock ? formatPrice(sku.priceFen) : `${formatPrice(sku.priceFen)} · ${t('product.outOfStock')}`,
      }))}
    />
  );
}
