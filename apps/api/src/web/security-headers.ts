import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * Helmet's headers, told apart by how the request came. Over plain HTTP (a counter or test server reached by
 * LAN address or host name) `upgrade-insecure-requests` would send every script to an https:// that does not
 * answer — a white page — and HSTS would be ignored anyway, so both go only with HTTPS. Whether a request came
 * over HTTPS is Express's `req.secure`: the socket itself, or X-Forwarded-Proto from a proxy TRUST_PROXY names.
 */
export function securityHeaders() {
  // Private documents are shown from blob: URLs, as their own URLs need the session's token.
  const imgSrc = ["'self'", 'data:', 'blob:'];
  const shared = { crossOriginEmbedderPolicy: false } as const;
  const overHttps = helmet({ ...shared, contentSecurityPolicy: { directives: { imgSrc } } });
  const overHttp = helmet({ ...shared, strictTransportSecurity: false, contentSecurityPolicy: { directives: { imgSrc, upgradeInsecureRequests: null } } });
  return (req: Request, res: Response, next: NextFunction) => (req.secure ? overHttps : overHttp)(req, res, next);
}
