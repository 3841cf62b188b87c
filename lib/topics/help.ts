import helpData from '../../data/get-help.json';
import numbers from '../../data/emergency-numbers.json';
import type { EmergencyRegion, HelpBlock, HelpTier, Source } from './types';

const REGIONS: Record<string, EmergencyRegion | undefined> = numbers.regions;

/** The region of a BCP 47 language tag: "en-GB" → "GB", "es-419" or "en" → undefined. */
export function regionOf(locale: string): string | undefined {
  return locale.split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
}

/** The reader's emergency care: the first of their languages that names a region we know. */
export function emergencyRegion(locales: readonly string[]): EmergencyRegion {
  for (const locale of locales) {
    const region = REGIONS[regionOf(locale) ?? ''];
    if (region) return region;
  }
  return numbers.fallback;
}

/**
 * The "Get help now" block for a reader whose browser languages are `locales` (e.g.
 * `navigator.languages`): their own emergency number and words first, the others after.
 */
export function helpFor(locales: readonly string[]): HelpBlock {
  const region = emergencyRegion(locales);
  const tier = (data: HelpTier): HelpTier => ({ heading: data.heading, signs: data.signs, ...(data.note ? { note: data.note } : {}) });
  return {
    title: helpData.title,
    emergency: tier(helpData.emergency),
    urgent: tier(helpData.urgent),
    region,
    elsewhere: numbers.others.filter((other) => !region.number.split(/\D+/).includes(other.number)),
    sources: helpData.sources satisfies Source[],
  };
}

/** Splits a heading such as "Call {number} or go to {place} now" into text and the names of its slots. */
export function headingParts(heading: string): Array<{ text: string } | { slot: keyof EmergencyRegion }> {
  return heading
    .split(/(\{number\}|\{place\}|\{urgent\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{(number|place|urgent)\}$/.test(part) ? { slot: part.slice(1, -1) as keyof EmergencyRegion } : { text: part }));
}
