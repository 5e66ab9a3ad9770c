import 'i18next';
import type { en } from './locales/en';

// Typed message keys: t('rivals.titel') does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}
