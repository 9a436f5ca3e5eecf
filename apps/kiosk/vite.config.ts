import { appViteConfig } from '@bangfu/ui/vite/app-config';

export default appViteConfig({ app: 'kiosk', base: '/kiosk/' });
