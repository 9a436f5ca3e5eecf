import { Button, Form, Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { LoginRequest } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { useLogin } from '../api/login';

export function LoginForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const login = useLogin();

  return (
    <Form
      layout="horizontal"
      onFinish={(values: LoginRequest) => login.mutate(values)}
      footer={
        <>
          {login.isError && (
            <p className="form-error" role="alert">
              {errorMessage(login.error)}
            </p>
          )}
          <Button block type="submit" color="primary" size="large" loading={login.isPending}>
            {t('common.login')}
          </Button>
        </>
      }
    >
      <Form.Header>{t('login.title')}</Form.Header>
      <Form.Item name="phone" label={t('common.phone')} rules={[{ required: true, message: t('validation.phoneRequired') }]}>
        <Input type="tel" inputMode="numeric" autoComplete="username" maxLength={11} placeholder={t('login.phonePlaceholder')} clearable />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('common.password')}
        rules={[{ required: true, message: t('validation.passwordRequired') }]}
      >
        <Input type="password" autoComplete="current-password" placeholder={t('login.passwordPlaceholder')} />
      </Form.Item>
    </Form>
  );
}
