import List from 'antd-mobile/es/components/list';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireLogin } from '../../components/require-login';
import { useMe } from '../../features/auth/api/get-me';
import { AccountSummary } from '../../features/auth/components/account-summary';

export function MeRoute() {
  return (
    <RequireLogin>
      <Me />
    </RequireLogin>
  );
}

function Me() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  if (!me.data) return null;
  return (
    <>
      <List className="me-links">
        <List.Item onClick={() => void navigate('/orders')}>{t('me.orders')}</List.Item>
        <List.Item onClick={() => void navigate('/me/addresses')}>{t('me.addresses')}</List.Item>
      </List>
      <AccountSummary user={me.data} />
    </>
  );
}
