import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from './languages';

export interface LanguageSwitcherProps {
  className?: string;
  style?: CSSProperties;
}

const base: CSSProperties = {
  font: 'inherit',
  // Layout headers (antd's is 64px) set a tall line-height that must not stretch the button.
  lineHeight: 1.5,
  color: 'inherit',
  background: 'transparent',
  border: '1px solid currentColor',
  borderRadius: 4,
  padding: '0.25em 0.75em',
  minHeight: 32,
  cursor: 'pointer',
};

/** A toggle between the two languages; its label is written in the language it switches to. */
export function LanguageSwitcher({ className, style }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  const next: Language = i18n.language === DEFAULT_LANGUAGE ? 'en' : DEFAULT_LANGUAGE;
  return (
    <button
      type="button"
      className={className}
      style={{ ...base, ...style }}
      lang={next}
      aria-label={t('language.switchToLabel')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('language.switchTo')}
    </button>
  );
}
