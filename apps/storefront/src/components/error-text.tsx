import { isApiError } from '@bangfu/api-client';
import { useErrorMessage } from '@bangfu/ui';

/**
 * An error in the shopper's language, followed by the server's own message when that says more
 * (which product ran short, which field was wrong).
 */
export function ErrorText({ error, className = 'form-error' }: { error: unknown; className?: string }) {
  const errorMessage = useErrorMessage();
  const text = errorMessage(error);
  const detail = isApiError(error) && error.message && error.message !== text ? error.message : null;
  return (
    <div className={className} role="alert">
      <p>{text}</p>
      {detail && <p className="error-detail">{detail}</p>}
    </div>
  );
}
