/**
 * Roots of the keys that more than the request's own feature reads or refreshes: the session's "who am I", and
 * the shopper's orders and payments, which checkout, payment and order actions all change. Every other key sits
 * with its request.
 */
export const queryKeys = {
  me: ['me'] as const,
  orders: ['orders'] as const,
  payment: ['payment'] as const,
};
