import Form from 'antd-mobile/es/components/form';
import Input from 'antd-mobile/es/components/input';
import { useTranslation } from 'react-i18next';
import { NewPassword } from '@bangfu/contracts';
import { contractRule } from '../../../lib/forms';

/** A password being chosen, with its rule in sight; the API also refuses one that contains the phone number. */
export function NewPasswordField({ label, placeholder }: { label: string; placeholder: string }) {
  const { t } = useTranslation();
  const message = t('auth.invalid.password');
  return (
    <Form.Item
      name="password"
      label={label}
      description={t('auth.passwordRule')}
      dependencies={['phone']}
      rules={[
        contractRule(NewPassword, message),
        ({ getFieldValue }) => ({
          validator: async (_rule: unknown, value: unknown) => {
            const phone: unknown = getFieldValue('phone');
            if (typeof phone === 'string' && phone.trim() && typeof value === 'string' && value.includes(phone.trim())) throw new Error(message);
          },
        }),
      ]}
    >
      <Input type="password" autoComplete="new-password" maxLength={128} placeholder={placeholder} />
    </Form.Item>
  );
}
