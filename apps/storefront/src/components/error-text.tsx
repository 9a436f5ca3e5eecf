import { useErrorMessage } from '@bangfu/ui';

/** An error in the shopper's language, worded by its code. */
export function ErrorText({ error, className = 'form-error' }: { error: unknown; className?: string }) {
  const errorMessage = useErrorMessage();
  return (
    <div className={className} role="alert">
      <p>{errorMessage(error)}</p>
    </div>
  );
}
