/** Where the association's review pages live; each record opens at `<path>/<id>`. */
export const REVIEW_PATHS = {
  applications: '/association/applications',
  products: '/association/products',
  suppliers: '/association/suppliers',
} as const;

/** A record's number from its route parameter; NaN when the address holds anything else. */
export function idParam(param: string | undefined): number {
  return param !== undefined && /^[1-9]\d{0,11}$/.test(param) ? Number(param) : NaN;
}
