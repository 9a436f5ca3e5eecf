import Button from 'antd-mobile/es/components/button';
import List from 'antd-mobile/es/components/list';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@bangfu/contracts';
import { useLogout } from '../api/logout';

export function AccountSummary({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <>
      <List header={t('me.title')}>
        <List.Item extra={user.name}>{t('common.name')}</List.Item>
        <List.Item extra={user.phone}>{t('common.phone')}</List.Item>
        <List.Item extra={t(`roles.${user.role}`)}>{t('common.role')}</List.Item>
      </List>
      <div className="actions">
        <Button block size="large" onClick={logout}>
          {t('common.logout')}
        </Button>
      </div>
    </>
  );
}
