import { useLocation, useSearchParams } from 'react-router';

/** Where signing in starts from; on any other page (checkout signs in inline) that page is the one to return to. */
const ACCOUNT_PAGES = ['/login', '/signup', '/forgot-password'];

export const isAccountPage = (pathname: string) => ACCOUNT_PAGES.includes(pathname);

/** Only a path of this app: "//evil.example" or "https://…" must not become an open redirect. */
function safePath(path: string | null | undefined): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : null;
}

/**
 * Where a visitor goes once signed in: the page that sent them (router state), ?from=/path for a link from
 * outside, or the page they sign in on when it is not an account page; null when nothing says.
 */
export function useReturnPath(): string | null {
  const location = useLocation();
  const [params] = useSearchParams();
  const here = isAccountPage(location.pathname) ? null : `${location.pathname}${location.search}`;
  return safePath((location.state as { from?: string } | null)?.from) ?? safePath(params.get('from')) ?? here;
}
