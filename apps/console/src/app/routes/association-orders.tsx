import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAssociationOrders } from '../../features/association-orders/api/get-association-orders';
import { AssociationOrderDetail } from '../../features/association-orders/components/association-order-detail';
import { AssociationOrderFilters } from '../../features/association-orders/components/association-order-filters';
import { FilterErrorAlert, refusedFilters } from '../../features/association-orders/components/filter-error-alert';
import { ASSOCIATION_ORDERS_PATH, associationOrderLink, filterText, queryOf, searchOf, type OrderLinkState } from '../../features/association-orders/filter-params';
import { OrderDetailDrawer, useShownOrderId } from '../../features/orders/components/order-detail-drawer';
import { OrderList } from '../../features/orders/components/order-list';

/**
 * `/association/orders` lists every supplier's orders; `/association/orders/:orderId` opens one in a drawer above
 * the same list. The filters and the page live in the query string, so a filtered view can be shared and reloaded.
 */
export function AssociationOrdersRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search, state } = useLocation();
  const back = (state as OrderLinkState | null)?.back;
  const params = useParams<{ orderId?: string }>();
  const shownId = useShownOrderId(params.orderId);
  const [searchParams, setSearchParams] = useSearchParams();
  const text = filterText(searchParams);
  const query = queryOf(text);
  const orders = useAssociationOrders(query);
  const refused = refusedFilters(orders.error);

  return (
    <>
      <Typography.Title level={3}>{t('associationOrders.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('associationOrders.intro')}</Typography.Paragraph>
      <AssociationOrderFilters value={text} onChange={(next) => setSearchParams(searchOf(next))} invalid={new Set(refused.map((r) => r.field))} />
      {orders.isError && <FilterErrorAlert error={orders.error} onRetry={() => void orders.refetch()} />}
      {/* A failed first load or a refused filter shows only the error, not a table of what the filter did not ask for. */}
      {!(orders.isError && (!orders.data || refused.length > 0)) && (
        <OrderList
          data={orders.data}
          loading={orders.isFetching}
          page={query.page ?? 1}
          pageSize={query.pageSize ?? 20}
          onPageChange={(page, pageSize) =>
            setSearchParams(searchOf({ ...text, page: pageSize === query.pageSize ? String(page) : undefined, pageSize: String(pageSize) }))
          }
          forStaff
          orderLink={(id) => associationOrderLink(id, search)}
        />
      )}
      <OrderDetailDrawer orderId={shownId} open={params.orderId !== undefined} onClose={() => navigate(back ?? { pathname: ASSOCIATION_ORDERS_PATH, search })}>
        {(id) => <AssociationOrderDetail orderId={id} />}
      </OrderDetailDrawer>
    </>
  );
}
