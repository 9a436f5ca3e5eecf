import { useSyncExternalStore } from 'react';

/** Below antd's `md` breakpoint (768 px), a phone held upright; styles.css switches its spacing at the same width. */
const PHONE_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * True on a phone, where tables give way to cards and the side menu to a drawer. Known from the first render on
 * (antd's `Grid.useBreakpoint` starts empty), so a phone never mounts the desktop table first.
 */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(PHONE_QUERY).matches);
}
