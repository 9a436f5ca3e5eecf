import { isApplicant, RequireRole } from './require-role';

/** The supplier application is made from the business's own account; staff review it elsewhere. */
export function RequireApplicant() {
  return <RequireRole allows={isApplicant} denied="applicantOnly" />;
}
