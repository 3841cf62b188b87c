import esHelp from '../../data/es/get-help.json';
import esNumbers from '../../data/es/emergency-numbers.json';
import helpData from '../../data/get-help.json';
import numbers from '../../data/emergency-numbers.json';
import type { EmergencyRegion, HelpBlock, HelpTier, Language, Source } from './types';

interface HelpData {
  title: string;
  emergency: HelpTier;
  urgent: HelpTier;
  sources: Source[];
}

interface NumbersData {
  regions: Record<string, EmergencyRegion | undefined>;
  fallback: EmergencyRegion;
  others: Array<{ number: string; where: string }>;
}

/** The red flags and the emergency numbers of each language, as written in `data/` and `data/es/`. */
const DATA: Record<Language, { help: HelpData; numbers: NumbersData }> = {
  en: { help: helpData, numbers },
  es: { help: esHelp, numbers: esNumbers },
};

/** The region of a BCP 47 language tag: "en-GB" → "GB", "es-419" or "en" → undefined. */
export function regionOf(locale: string): string | undefined {
  return locale
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part))
    ?.toUpperCase();
}

/** The reader's emergency care: the first of their languages that names a region we know. */
export function emergencyRegion(locales: readonly string[], language: Language = 'en'): EmergencyRegion {
  const { regions, fallback } = DATA[language].numbers;
  for (const locale of locales) {
    const region = regions[regionOf(locale) ?? ''];
    if (region) return region;
  }
  return fallback;
}

/**
 * The "Get help now" block in `language` for a reader whose browser languages are `locales`
 * (e.g. `navigator.languages`): their own emergency number and words first, the others after.
 */
export function helpFor(locales: readonly string[], language: Language = 'en'): HelpBlock {
  const { help, numbers: data } = DATA[language];
  const region = emergencyRegion(locales, language);
  const tier = (tierData: HelpTier): HelpTier => ({
    heading: tierData.heading,
    signs: tierData.signs,
    ...(tierData.note ? { note: tierData.note } : {}),
  });
  return {
    title: help.title,
    emergency: tier(help.emergency),
    urgent: tier(help.urgent),
    region,
    elsewhere: data.others.filter((other) => !region.number.split(/\D+/).includes(other.number)),
    sources: help.sources,
  };
}

/** Splits a heading such as "Call {number} or go to {place} now" into text and the names of its slots. */
export function headingParts(heading: string): Array<{ text: string } | { slot: keyof EmergencyRegion }> {
  return heading
    .split(/(\{number\}|\{place\}|\{urgent\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{(number|place|urgent)\}$/.test(part) ? { slot: part.slice(1, -1) as keyof EmergencyRegion } : { text: part }));
}
