import { renderApp } from '@bangfu/ui';
// antd-mobile's base styles and touch handling, which its root entry would bring; components are imported one by one.
import 'antd-mobile/es/global';
import './lib/antd-mobile-react19';
import { App } from './app/app';
import { messages } from './i18n';
import './styles.css';

renderApp(App, messages);
