/** The storefront's public check of a certificate, where its QR code leads; absolute, as a phone's camera needs. */
export const verifyUrl = (no: string) => new URL(`/verify/${encodeURIComponent(no)}`, window.location.origin).href;
