import { useState } from 'react';
import Button from 'antd-mobile/es/components/button';
import Form from 'antd-mobile/es/components/form';
import Input from 'antd-mobile/es/components/input';
import Tabs from 'antd-mobile/es/components/tabs';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../components/error-text';
import { useLogin } from '../api/login';
import { AccountLinks, type AccountPage } from './account-links';
import { PhoneCodeFields, PhoneField } from './phone-code-fields';

type Method = 'password' | 'code';

/** Login by password or by an SMS code, with links on to the other account pages. */
export function LoginForm({ links = ['/signup', '/forgot-password'] }: { links?: AccountPage[] }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<Method>('password');
  return (
    <div className="account-form">
      <Tabs activeKey={method} onChange={(key) => setMethod(key as Method)}>
        <Tabs.Tab key="password" title={t('auth.byPassword')} />
        <Tabs.Tab key="code" title={t('auth.byCode')} />
      </Tabs>
      {/* One form at a time: each keeps its own fields, and the hidden one has none in the page. */}
      {method === 'password' ? <PasswordLogin /> : <CodeLogin />}
      <AccountLinks to={links} />
    </div>
  );
}

function PasswordLogin() {
  const { t } = useTranslation();
  const login = useLogin();
  return (
    <Form
      layout="horizontal"
      // Like the other account fields, which are checked by the contracts' rules: no asterisk on this one alone.
      requiredMarkStyle="none"
      onFinish={(values: { phone: string; password: string }) => login.mutate({ phone: values.phone.trim(), password: values.password })}
      footer={<Submit pending={login.isPending} error={login.error} />}
    >
      <PhoneField />
      <Form.Item name="password" label={t('common.password')} rules={[{ required: true, message: t('validation.passwordRequired') }]}>
        <Input type="password" autoComplete="current-password" placeholder={t('auth.passwordPlaceholder')} />
      </Form.Item>
    </Form>
  );
}

function CodeLogin() {
  const [form] = Form.useForm();
  const login = useLogin();
  return (
    <Form
      form={form}
      layout="horizontal"
      onFinish={(values: { phone: string; smsCode: string }) => login.mutate({ phone: values.phone.trim(), smsCode: values.smsCode.trim() })}
      footer={<Submit pending={login.isPending} error={login.error} />}
    >
      <PhoneCodeFields form={form} purpose="login" />
    </Form>
  );
}

function Submit({ pending, error }: { pending: boolean; error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      {error != null && <ErrorText error={error} />}
      <Button block type="submit" color="primary" size="large" loading={pending}>
        {t('common.login')}
      </Button>
    </>
  );
}
