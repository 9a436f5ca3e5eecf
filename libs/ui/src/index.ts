export * from './price';
export * from './certificate-badge';
export * from './i18n/init-i18n';
export * from './i18n/language-switcher';
export * from './i18n/use-error-message';
export * from './orders/timeline-reason';
export * from './session';
