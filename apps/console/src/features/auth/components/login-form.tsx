import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoginRequest } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { useLogin } from '../api/login';

export function LoginForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const login = useLogin();

  return (
    <Form<LoginRequest> layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)}>
      <Form.Item name="phone" label={t('common.phone')} rules={[{ required: true, message: t('validation.phoneRequired') }]}>
        <Input type="tel" inputMode="numeric" autoComplete="username" maxLength={11} size="large" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('common.password')}
        rules={[{ required: true, message: t('validation.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" size="large" />
      </Form.Item>
      {login.isError && (
        <Form.Item>
          <Alert type="error" showIcon title={errorMessage(login.error)} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
        {t('common.login')}
      </Button>
    </Form>
  );
}
