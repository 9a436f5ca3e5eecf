import { renderApp } from '@bangfu/ui';
import './lib/antd-mobile-react19';
import { App } from './app/app';
import { messages } from './i18n';
import './styles.css';

renderApp(App, messages);
