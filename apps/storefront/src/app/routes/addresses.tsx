import { RequireLogin } from '../../components/require-login';
import { AddressBook } from '../../features/addresses/components/address-book';

export function AddressesRoute() {
  return (
    <RequireLogin>
      <AddressBook />
    </RequireLogin>
  );
}
