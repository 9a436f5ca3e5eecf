import InfiniteScroll from 'antd-mobile/es/components/infinite-scroll';
import Tabs from 'antd-mobile/es/components/tabs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, LoadError, Loading } from '../../../components/query-status';
import { useOrders } from '../api/get-orders';
import { ORDER_TABS, tabOf } from '../order-tabs';
import { OrderCard } from './order-card';

/** Orders whose pictures are on a phone's first screen and load at once. */
const FIRST_SCREEN_ORDERS = 3;

export function OrderList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  return (
    <div className="orders-page">
      <Tabs
        className="order-tabs"
        activeKey={tab.key}
        onChange={(key) => setParams(key === 'all' ? {} : { tab: key }, { replace: true })}
        stretch={false}
      >
        {ORDER_TABS.map((item) => (
          <Tabs.Tab key={item.key} title={t(`orders.tabs.${item.key}`)} />
        ))}
      </Tabs>
      <OrdersOf key={tab.key} statuses={tab.statuses} />
    </div>
  );
}

function OrdersOf({ statuses }: { statuses: (typeof ORDER_TABS)[number]['statuses'] }) {
  const { t } = useTranslation();
  const orders = useOrders(statuses);
  if (orders.isPending) return <Loading />;
  if (orders.isError) return <LoadError error={orders.error} onRetry={() => void orders.refetch()} />;
  const items = orders.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={t('orders.empty')} />;
  return (
    <>
      <ul className="order-list">
        {items.map((order, index) => (
          <li key={order.id}>
            <OrderCard order={order} lazy={index >= FIRST_SCREEN_ORDERS} />
          </li>
        ))}
      </ul>
      <InfiniteScroll
        hasMore={orders.hasNextPage}
        loadMore={async () => {
          const result = await orders.fetchNextPage();
          if (result.isError) throw result.error;
        }}
      >
        {(hasMore, failed, retry) =>
          failed ? <LoadError error={orders.error} onRetry={retry} /> : hasMore ? <Loading /> : <span className="list-end">{t('search.end')}</span>
        }
      </InfiniteScroll>
    </>
  );
}
