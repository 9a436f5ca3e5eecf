import { GuestOnly } from '../../components/guest-only';
import { SignupForm } from '../../features/auth/components/signup-form';

export function SignupRoute() {
  return (
    <GuestOnly>
      <SignupForm />
    </GuestOnly>
  );
}
