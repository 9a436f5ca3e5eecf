import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockMovementKind } from '@bangfu/contracts';

const COLOR: Record<StockMovementKind, string> = {
  receipt: 'green',
  reservation: 'gold',
  release: 'default',
  sale: 'blue',
  adjustment: 'purple',
  return: 'cyan',
};

export function MovementKindTag({ kind }: { kind: StockMovementKind }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[kind]}>{t(`movementKind.${kind}`)}</Tag>;
}
