import type { Key, ReactNode } from 'react';
import { Button, Card, Empty, Pagination, Space, Spin, Table, type PaginationProps, type TableColumnsType } from 'antd';
import { usePhoneLayout } from '../lib/use-phone-layout';

/** One column of the desktop table, and one line of each record's card on a phone. */
export interface RecordColumn<T> {
  key: string;
  title: string;
  render: (record: T) => ReactNode;
  align?: 'right';
  /** For long texts such as reasons, which would otherwise stretch the table. */
  width?: number;
  /**
   * Its place on the card: the heading (the record's number or name; several are joined), beside the heading (its
   * status), a line with the label above the value (long texts, photos), left out (what the card's other lines
   * already sum up), or by default label and value side by side.
   */
  card?: 'title' | 'extra' | 'block' | 'hidden';
}

/** Something to do with one record: a button in the table's last column, a full-width one at the foot of its card. */
export interface RecordAction {
  key: string;
  label: string;
  onClick: () => void;
  /** What the record is waiting for (ship it, accept the refund). */
  primary?: boolean;
  danger?: boolean;
}

type RecordPagination = Pick<PaginationProps, 'current' | 'pageSize' | 'total' | 'onChange' | 'showTotal' | 'showSizeChanger' | 'pageSizeOptions' | 'hideOnSinglePage'>;

export interface RecordListProps<T> {
  columns: RecordColumn<T>[];
  actions?: { title: string; of: (record: T) => RecordAction[] };
  records: T[] | undefined;
  recordKey: (record: T) => Key;
  loading?: boolean;
  /** antd's own "no data" when not given, for lists shown only when they have records. */
  emptyText?: string;
  /** The records are one page of `total`; without it they all show at once. */
  pagination?: RecordPagination;
  /** Records that need attention, e.g. stock running low: a tinted row or card. */
  isUrgent?: (record: T) => boolean;
  /** Lists inside a detail drawer are set smaller. */
  size?: 'small';
  className?: string;
}

/** A list of orders, requests or SKUs: a table on a desktop, one card per record on a phone, with the same columns and actions. */
export function RecordList<T>(props: RecordListProps<T>) {
  return usePhoneLayout() ? <RecordCards {...props} /> : <RecordTable {...props} />;
}

function RecordTable<T>({ columns, actions, records, recordKey, loading, emptyText, pagination, isUrgent, size, className }: RecordListProps<T>) {
  const tableColumns: TableColumnsType<T> = columns.map(({ key, title, render, align, width }) => ({ key, title, align, width, render: (_, record) => render(record) }));
  if (actions) tableColumns.push({ key: 'actions', title: actions.title, render: (_, record) => <TableActions actions={actions.of(record)} /> });
  return (
    <Table<T>
      className={className}
      rowKey={recordKey}
      size={size}
      columns={tableColumns}
      dataSource={records}
      loading={loading}
      locale={{ emptyText }}
      pagination={pagination ?? false}
      rowClassName={(record) => (isUrgent?.(record) ? 'record-urgent' : '')}
      // Between a phone and a wide screen the table scrolls inside itself rather than widening the page.
      scroll={{ x: 'max-content' }}
    />
  );
}

function TableActions({ actions }: { actions: RecordAction[] }) {
  return (
    <Space size={4} wrap>
      {actions.map(({ key, label, onClick, primary, danger }) => (
        <Button key={key} size="small" type={primary ? 'primary' : danger ? 'default' : 'link'} danger={danger} onClick={onClick}>
          {label}
        </Button>
      ))}
    </Space>
  );
}

function RecordCards<T>({ columns, actions, records, recordKey, loading = false, emptyText, pagination, isUrgent, className }: RecordListProps<T>) {
  const heading = columns.filter((c) => c.card === 'title');
  const beside = columns.filter((c) => c.card === 'extra');
  const lines = columns.filter((c) => c.card === undefined || c.card === 'block');
  return (
    <Spin spinning={loading}>
      {records?.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
      ) : (
        <ul className={className ? `record-cards ${className}` : 'record-cards'}>
          {records?.map((record) => (
            <li key={recordKey(record)}>
              <Card
                size="small"
                className={isUrgent?.(record) ? 'record-urgent' : undefined}
                classNames={{ title: 'record-card-title' }}
                title={heading.map((c) => (
                  <span key={c.key}>{c.render(record)}</span>
                ))}
                extra={beside.map((c) => (
                  <span key={c.key}>{c.render(record)}</span>
                ))}
              >
                <dl className="record-lines">
                  {lines.map((c) => (
                    <div key={c.key} className={c.card === 'block' ? 'record-line-block' : 'record-line'}>
                      <dt>{c.title}</dt>
                      <dd>{c.render(record)}</dd>
                    </div>
                  ))}
                </dl>
                {actions && <CardActions actions={actions.of(record)} />}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {/* As under a table: no pages to turn when there is nothing. */}
      {pagination && records && records.length > 0 && <Pagination {...pagination} simple align="center" showSizeChanger={false} className="record-pagination" />}
    </Spin>
  );
}

function CardActions({ actions }: { actions: RecordAction[] }) {
  if (actions.length === 0) return null;
  return (
    <div className="record-actions">
      {actions.map(({ key, label, onClick, primary, danger }) => (
        <Button key={key} block type={primary ? 'primary' : 'default'} danger={danger} onClick={onClick}>
          {label}
        </Button>
      ))}
    </div>
  );
}
