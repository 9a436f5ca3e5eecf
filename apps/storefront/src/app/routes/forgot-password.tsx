import { GuestOnly } from '../../components/guest-only';
import { ResetPasswordForm } from '../../features/auth/components/reset-password-form';

export function ForgotPasswordRoute() {
  return (
    <GuestOnly>
      <ResetPasswordForm />
    </GuestOnly>
  );
}
