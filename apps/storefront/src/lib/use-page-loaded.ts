import { useEffect, useState } from 'react';

const loaded = () => document.readyState === 'complete';

/**
 * True once the page and everything its first screen asked for have arrived: code that only adds to what is
 * already on screen waits for it, so it does not compete with the first screen on a slow network.
 */
export function usePageLoaded(): boolean {
  const [done, setDone] = useState(loaded);
  useEffect(() => {
    if (done) return;
    const onLoad = () => setDone(true);
    window.addEventListener('load', onLoad, { once: true });
    return () => window.removeEventListener('load', onLoad);
  }, [done]);
  return done;
}
