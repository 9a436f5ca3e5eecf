import type { To } from 'react-router';
import type { Channel, OrderStatus } from '@bangfu/contracts';
import type { AssociationOrdersFilter } from './api/get-association-orders';

export const ASSOCIATION_ORDERS_PATH = '/association/orders';

/** Set by a page that opens an order from elsewhere, so closing the detail goes back there. */
export interface OrderLinkState {
  back?: string;
}

/** One order's detail, over the list with the filters it was opened from. */
export function associationOrderLink(id: number, search = ''): To {
  return { pathname: `${ASSOCIATION_ORDERS_PATH}/${id}`, search };
}

/** The filters kept in the URL's query string, under the API's own names. */
export const FILTER_KEYS = ['status', 'supplierId', 'from', 'to', 'ref', 'channel'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** What the URL says for each filter, as typed. */
export type FilterText = Partial<Record<FilterKey | 'page' | 'pageSize', string>>;

export const DEFAULT_PAGE_SIZE = 20;

export function filterText(params: URLSearchParams): FilterText {
  const text: FilterText = {};
  for (const key of [...FILTER_KEYS, 'page', 'pageSize'] as const) {
    const value = params.get(key)?.trim();
    if (value) text[key] = value;
  }
  return text;
}

/**
 * The query sent for the URL's filters. Values go as written, not checked here: the API is the one judge of a
 * filter, and its 400 names the field, which the page then explains.
 */
export function queryOf(text: FilterText): AssociationOrdersFilter {
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    status: text.status as OrderStatus | undefined,
    supplierId: number(text.supplierId),
    from: text.from,
    to: text.to,
    ref: text.ref,
    channel: text.channel as Channel | undefined,
    page: number(text.page) ?? 1,
    pageSize: number(text.pageSize) ?? DEFAULT_PAGE_SIZE,
  };
}

/** The query string for these filters; empty ones are left out so a shared link stays short. */
export function searchOf(text: FilterText): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(text)) if (value) params.set(key, value);
  return params;
}
