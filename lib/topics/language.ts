import { LANGUAGES, type Language } from './types';

/** The card language for a BCP 47 tag ("es-MX" → es); English for any language we have no cards in. */
export function languageOfLocale(locale: string | undefined): Language {
  const primary = locale?.split(/[-_]/)[0]?.toLowerCase();
  return LANGUAGES.find((language) => language === primary) ?? 'en';
}
