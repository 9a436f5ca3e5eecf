import { GuestOnly } from '../../components/guest-only';
import { LoginForm } from '../../features/auth/components/login-form';

export function LoginRoute() {
  return (
    <GuestOnly>
      <LoginForm />
    </GuestOnly>
  );
}
