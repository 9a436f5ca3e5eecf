import type { ReactNode } from 'react';
import { Card, Skeleton, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';

export interface DashboardTileProps {
  title: string;
  /** Undefined while it loads. */
  value: ReactNode | undefined;
  error?: unknown;
  onRetry?: () => void;
  /** What the figure says, below it. */
  note?: string;
  /** The screen that deals with it. */
  to: string;
  linkText: string;
  /** Drawn as needing attention (orders to ship, stock running low, a certificate running out). */
  attention?: boolean;
}

/** One figure of the supplier's day, leading to the screen where it is dealt with. */
export function DashboardTile({ title, value, error, onRetry, note, to, linkText, attention = false }: DashboardTileProps) {
  return (
    <Card className={attention ? 'dashboard-tile dashboard-tile-attention' : 'dashboard-tile'}>
      {error ? (
        <ApiErrorAlert error={error} onRetry={onRetry} />
      ) : value === undefined ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Statistic title={title} value={value as string} />
      )}
      {note && <Typography.Paragraph type="secondary">{note}</Typography.Paragraph>}
      <Link to={to}>{linkText}</Link>
    </Card>
  );
}
