import Button from 'antd-mobile/es/components/button';
import Form from 'antd-mobile/es/components/form';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../components/error-text';
import { useResetPassword } from '../api/reset-password';
import { AccountLinks } from './account-links';
import { NewPasswordField } from './new-password-field';
import { PhoneCodeFields } from './phone-code-fields';

/** A new password for an account whose phone gets the SMS code; signed in with it afterwards. */
export function ResetPasswordForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const reset = useResetPassword();
  return (
    <div className="account-form">
      <Form
        form={form}
        layout="horizontal"
        onFinish={(values: { phone: string; smsCode: string; password: string }) =>
          reset.mutate({ phone: values.phone.trim(), smsCode: values.smsCode.trim(), password: values.password })
        }
        footer={
          <>
            {reset.isError && <ErrorText error={reset.error} />}
            <Button block type="submit" color="primary" size="large" loading={reset.isPending}>
              {t('auth.resetSubmit')}
            </Button>
          </>
        }
      >
        <PhoneCodeFields form={form} purpose="reset_password" />
        <NewPasswordField label={t('auth.resetPassword')} placeholder={t('auth.resetPasswordPlaceholder')} />
      </Form>
      <AccountLinks to={['/login']} />
    </div>
  );
}
