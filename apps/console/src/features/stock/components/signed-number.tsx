import { Typography } from 'antd';

/** +5 in green, −3 in red, 0 greyed: ledger deltas read at a glance. */
export function SignedNumber({ value }: { value: number }) {
  if (value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return <Typography.Text type={value > 0 ? 'success' : 'danger'}>{value > 0 ? `+${value}` : `−${-value}`}</Typography.Text>;
}
