import { startTransition, StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/init-i18n';
import type { Bilingual } from './i18n/messages';

/** Starts an app: its texts first, so the first render is already in the chosen language. */
export function renderApp(App: ComponentType, messages: Bilingual<object>): void {
  initI18n(messages);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  // A transition renders in slices that yield to the browser: on a slow phone the first render is many short
  // tasks instead of one long one, so taps and paints are not held up. Until it commits, the page shows what
  // index.html brought (the server's shell of the page).
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
