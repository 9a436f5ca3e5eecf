import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isAccountPage, useReturnPath } from '../../../lib/use-return-path';

export type AccountPage = '/login' | '/signup' | '/forgot-password';

const LABELS = { '/login': 'auth.toLogin', '/signup': 'auth.toSignup', '/forgot-password': 'auth.forgotPassword' } as const;

/**
 * Links to the other account pages; where the visitor is to return to once signed in goes along. Between account
 * pages each replaces the last, so "back" leaves them all at once.
 */
export function AccountLinks({ to }: { to: AccountPage[] }) {
  const { t } = useTranslation();
  const from = useReturnPath();
  const replace = isAccountPage(useLocation().pathname);
  if (to.length === 0) return null;
  return (
    <nav className="account-links">
      {to.map((path) => (
        <Link key={path} to={path} state={from ? { from } : undefined} replace={replace}>
          {t(LABELS[path])}
        </Link>
      ))}
    </nav>
  );
}
