import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/init-i18n';
import type { Bilingual } from './i18n/messages';

/** Starts an app: its texts first, so the first render is already in the chosen language. */
export function renderApp(App: ComponentType, messages: Bilingual<object>): void {
  initI18n(messages);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
