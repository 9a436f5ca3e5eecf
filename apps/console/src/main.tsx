import { renderApp } from '@bangfu/ui';
import { App } from './app/app';
import { messages } from './i18n';
import './styles.css';

renderApp(App, messages);
