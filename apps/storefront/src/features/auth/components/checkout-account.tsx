import { useState } from 'react';
import Segmented from 'antd-mobile/es/components/segmented';
import { useTranslation } from 'react-i18next';
import { LoginForm } from './login-form';
import { SignupForm } from './signup-form';

type Choice = 'signup' | 'login';

/**
 * Signing up or in without leaving the checkout: the cart stays where it is, and once signed in the checkout
 * goes on with the address. The forms are the account pages' own.
 */
export function CheckoutAccount() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('signup');
  return (
    <section className="section checkout-account">
      <h2>{t('auth.checkout.title')}</h2>
      <p className="muted">{t('auth.checkout.hint')}</p>
      <Segmented
        block
        value={choice}
        onChange={(value) => setChoice(value as Choice)}
        options={[
          { value: 'signup', label: t('auth.checkout.signup') },
          { value: 'login', label: t('auth.checkout.login') },
        ]}
      />
      {choice === 'signup' ? <SignupForm links={[]} /> : <LoginForm links={['/forgot-password']} />}
    </section>
  );
}
