import Button from 'antd-mobile/es/components/button';
import Form from 'antd-mobile/es/components/form';
import Input from 'antd-mobile/es/components/input';
import { useTranslation } from 'react-i18next';
import { RegisterRequest } from '@bangfu/contracts';
import { ErrorText } from '../../../components/error-text';
import { contractRule } from '../../../lib/forms';
import { useRegister } from '../api/register';
import { AccountLinks, type AccountPage } from './account-links';
import { NewPasswordField } from './new-password-field';
import { PhoneCodeFields } from './phone-code-fields';

interface SignupValues {
  phone: string;
  smsCode: string;
  name: string;
  password: string;
}

/** Opens an account with a phone proven by SMS, and signs in to it. */
export function SignupForm({ links = ['/login'] }: { links?: AccountPage[] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const register = useRegister();
  return (
    <div className="account-form">
      <Form
        form={form}
        layout="horizontal"
        onFinish={(values: SignupValues) =>
          register.mutate({ phone: values.phone.trim(), smsCode: values.smsCode.trim(), name: values.name.trim(), password: values.password })
        }
        footer={
          <>
            {register.isError && <ErrorText error={register.error} />}
            <Button block type="submit" color="primary" size="large" loading={register.isPending}>
              {t('auth.signupSubmit')}
            </Button>
          </>
        }
      >
        <PhoneCodeFields form={form} purpose="register" />
        <Form.Item name="name" label={t('auth.nickname')} rules={[contractRule(RegisterRequest.shape.name, t('auth.invalid.name'))]}>
          <Input autoComplete="name" maxLength={50} placeholder={t('auth.namePlaceholder')} clearable />
        </Form.Item>
        <NewPasswordField label={t('auth.newPassword')} placeholder={t('auth.newPasswordPlaceholder')} />
      </Form>
      <AccountLinks to={links} />
    </div>
  );
}
