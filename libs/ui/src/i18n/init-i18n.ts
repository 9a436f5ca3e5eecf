import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages';
import { mergeMessages, type Bilingual, type Messages } from './messages';
import { sharedMessages } from './resources';

/** One key for all apps: they share an origin, and a shopper's choice should follow them. */
const STORAGE_KEY = 'bangfu.language';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, kiosk lockdown); Chinese is the default anyway.
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
}

/**
 * Sets up i18next for React with Chinese first: the browser's language is not consulted, only an
 * explicit earlier choice. `appMessages` hold the app's own screens under their own top-level keys.
 */
export function initI18n(appMessages: Bilingual<object>): i18n {
  const messages = mergeMessages(sharedMessages, appMessages);
  const resources = Object.fromEntries(LANGUAGES.map((language) => [language, { translation: messages[language] }]));
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', applyLanguage);
  return i18next;
}

/**
 * Texts that come later, with the code of the pages that show them. Like the ones given at start, each part owns
 * its top-level keys: one already there would be silently merged into, so it fails instead.
 */
export function addMessages(messages: Bilingual<object>): void {
  for (const language of LANGUAGES) {
    const present = i18next.getResourceBundle(language, 'translation') as Messages | undefined;
    const taken = Object.keys(messages[language]).filter((key) => present && key in present);
    if (taken.length > 0) throw new Error(`i18n: "${taken.join('", "')}" is defined twice in ${language}`);
    i18next.addResourceBundle(language, 'translation', messages[language]);
  }
}
