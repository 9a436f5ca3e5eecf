import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '@bangfu/ui';

const IDLE_MS = 2 * 60_000;
const ACTIVITY = ['pointerdown', 'keydown'] as const;

/**
 * One screen serves shopper after shopper: when nobody has touched it for a while, it returns to
 * Chinese for the next one, and a long press never opens the browser's context menu.
 */
export function useKioskSession(): void {
  const { i18n } = useTranslation();

  useEffect(() => {
    const reset = () => {
      if (i18n.language !== DEFAULT_LANGUAGE) void i18n.changeLanguage(DEFAULT_LANGUAGE);
    };
    let timer = window.setTimeout(reset, IDLE_MS);
    function onActivity() {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, IDLE_MS);
    }
    function onContextMenu(event: Event) {
      event.preventDefault();
    }
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    window.addEventListener('contextmenu', onContextMenu);
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
      window.removeEventListener('contextmenu', onContextMenu);
    };
  }, [i18n]);
}
