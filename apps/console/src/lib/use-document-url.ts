import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';

/**
 * An uploaded private document as a blob URL an <img> or a link can show: the file's own URL needs the session's
 * token, which they cannot send. The URL is released when the preview goes.
 */
export function useDocumentUrl(id: number) {
  const content = useQuery({ queryKey: ['document', id], queryFn: () => api.uploadContent(id), staleTime: Infinity, gcTime: 60_000 });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!content.data) return;
    const made = URL.createObjectURL(content.data);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [content.data]);
  return { url, error: content.error, refetch: content.refetch };
}
