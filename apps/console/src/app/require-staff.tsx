import { isStaff, RequireRole } from './require-role';

/** Arbitration and other association pages; suppliers are turned back. */
export function RequireStaff() {
  return <RequireRole allows={isStaff} denied="staffOnly" />;
}
