import { Tabs } from 'antd';

export interface QueueTab<K extends string> {
  key: K;
  label: string;
  /** Undefined while it loads, or for a tab that is not counted. */
  count?: number;
}

/** The queue's states as tabs, each with how many it holds. */
export function QueueTabs<K extends string>({ tabs, value, onChange }: { tabs: QueueTab<K>[]; value: K; onChange: (tab: K) => void }) {
  return (
    <Tabs
      activeKey={value}
      onChange={(key) => onChange(key as K)}
      items={tabs.map(({ key, label, count }) => ({
        key,
        label: (
          <span>
            {label}
            {count !== undefined && <span className="review-count">{count}</span>}
          </span>
        ),
      }))}
    />
  );
}
