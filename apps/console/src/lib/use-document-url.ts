import { useEffect, useState } from 'react';
import { api } from './api-client';

/**
 * A private document as a blob URL its preview can show: its own URL needs the session's token, which an <img> or
 * a link cannot send. The blob is released when the preview goes.
 */
export function useDocumentUrl(id: number): { url: string | null; failed: boolean } {
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  useEffect(() => {
    let url: string | null = null;
    let current = true;
    api.uploadContent(id).then(
      (blob) => {
        url = URL.createObjectURL(blob);
        if (current) setState({ url, failed: false });
      },
      () => current && setState({ url: null, failed: true }),
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  return state;
}
