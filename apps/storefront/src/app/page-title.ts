import type { TFunction } from 'i18next';
import type { MessageKey } from '@bangfu/ui';

/** The navigation bar's title key for a path; the home page shows the brand. */
const TITLES: [RegExp, MessageKey][] = [
  [/^\/search/, 'pages.search'],
  [/^\/products\//, 'pages.product'],
  [/^\/suppliers\//, 'pages.supplier'],
  [/^\/verify\//, 'pages.verify'],
  [/^\/cart/, 'pages.cart'],
  [/^\/checkout/, 'pages.checkout'],
  [/^\/orders\/./, 'pages.order'],
  [/^\/orders/, 'pages.orders'],
  [/^\/login/, 'pages.login'],
  [/^\/signup/, 'pages.signup'],
  [/^\/forgot-password/, 'pages.forgotPassword'],
  [/^\/me\/addresses/, 'pages.addresses'],
  [/^\/me/, 'pages.me'],
];

export function titleKeyOf(pathname: string): MessageKey {
  return TITLES.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'brand.name';
}

/**
 * The browser tab's title, as the server writes it into the page for sharing (apps/api/src/web/storefront-head.ts): what the page
 * names itself (a product, the words searched) or else its kind, then the brand; the home page leads with the brand.
 */
export function documentTitle(pathname: string, pageTitle: string | null, t: TFunction): string {
  const brand = t('brand.name');
  if (pathname === '/') return `${brand} · ${t('home.title')}`;
  return `${pageTitle ?? t(titleKeyOf(pathname))} · ${brand}`;
}

/** The tab a path belongs to; pages without one (product, checkout) hide the tab bar for their own bottom bar. */
export function tabOf(pathname: string): string | null {
  if (pathname === '/' || ['/search', '/suppliers/', '/verify/'].some((root) => pathname.startsWith(root))) return '/';
  if (pathname.startsWith('/cart')) return '/cart';
  if (pathname.startsWith('/orders')) return '/orders';
  if (['/me', '/login', '/signup', '/forgot-password'].some((root) => pathname.startsWith(root))) return '/me';
  return null;
}
