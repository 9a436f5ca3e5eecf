import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@bangfu/ui';
import { CategoryGrid } from '../features/catalog/components/category-grid';
import { PurchaseSteps } from '../features/welcome/components/purchase-steps';

/** A fingertip-sized target on a 1080p screen. */
const languageButton: CSSProperties = { minHeight: 72, minWidth: 160, borderRadius: 36, fontSize: '1.2rem' };

export function WelcomeScreen() {
  const { t } = useTranslation();
  return (
    <div className="kiosk">
      <header className="kiosk-header">
        <div className="kiosk-brand">
          <strong>{t('brand.name')}</strong>
          <span>{t('apps.kiosk')}</span>
        </div>
        <LanguageSwitcher style={languageButton} />
      </header>
      <section className="kiosk-hero">
        <h1>{t('welcome.title')}</h1>
        <p>{t('welcome.subtitle')}</p>
        <PurchaseSteps />
      </section>
      <section className="kiosk-catalog">
        <h2>{t('common.categories')}</h2>
        <CategoryGrid />
      </section>
    </div>
  );
}
