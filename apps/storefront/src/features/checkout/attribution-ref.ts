import { AttributionRef } from '@bangfu/contracts';

/**
 * A village e-commerce point or livestream links here with ?ref=vp_…; the code is kept for this visit (tab)
 * and sent with the checkout, which credits the sale to the point.
 */
const REF_KEY = 'bangfu.storefront.ref';

export function captureRef(search: string): void {
  const ref = new URLSearchParams(search).get('ref');
  if (!ref || !AttributionRef.safeParse(ref).success) return;
  try {
    window.sessionStorage.setItem(REF_KEY, ref);
  } catch {
    // Without storage the sale is simply not credited.
  }
}

export function attributionRef(): string | undefined {
  try {
    const ref = window.sessionStorage.getItem(REF_KEY);
    return ref && AttributionRef.safeParse(ref).success ? ref : undefined;
  } catch {
    return undefined;
  }
}
