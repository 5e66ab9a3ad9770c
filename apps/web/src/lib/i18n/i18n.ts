import i18next, { type FormatterModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { intlLocale } from './format';
import { en } from './locales/en';
import { fr } from './locales/fr';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'lifeboat.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose last on this browser, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Language {
  const preferred = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2);
  return isLanguage(preferred) ? preferred : 'en';
}

/**
 * Every number put into a sentence is written the reader's way ("99 844 comptes" with a narrow
 * no-break space in French, "99,844 accounts" in English), whether the sentence says
 * `{{count, number}}` or only `{{count}}`: a number can no longer reach the screen unformatted
 * (issue #20). Strings (names, dates and money already formatted) pass through as they are.
 */
const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  // i18next hands back whatever this returns (a string, or the value untouched for it to stringify).
  format: (value, format, lng) =>
    typeof value === 'number' && (format === undefined || format === 'number') && Number.isFinite(value)
      ? new Intl.NumberFormat(intlLocale(lng ?? 'en')).format(value)
      : (value as string),
  add: () => undefined,
  addCached: () => undefined,
};

/**
 * One i18next instance per app (and per test): French and English, the choice kept in
 * localStorage and reflected on <html lang> for screen readers and hyphenation.
 */
export function createI18n(language: Language = storedLanguage() ?? browserLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).use(numberFormatter).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false, alwaysFormat: true },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  const reflect = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  reflect(language);
  instance.on('languageChanged', (lng) => {
    reflect(lng);
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // private mode: the choice lasts for this visit only
    }
  });
  return instance;
}
