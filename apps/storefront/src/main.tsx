import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '@bangfu/ui';
import './lib/antd-mobile-react19';
import { App } from './app/app';
import { messages } from './i18n';
import './styles.css';

initI18n(messages);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
