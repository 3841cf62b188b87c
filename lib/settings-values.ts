import { CATEGORIES, type Category, type Language, LANGUAGES } from './topics/types';

/**
 * What the settings are and which values they may take, without the storage they live in: the
 * first stage of the content script reads them on every page, without the WebExtension polyfill.
 */
/** Each setting's values, once: the types derive from these lists, and `sanitizeSettings` checks against them. */
const MENTIONS = ['all', 'first'] as const;
const OPEN_ON = ['point', 'click'] as const;
const THEMES = ['system', 'light', 'dark'] as const;
const TEXT_SIZES = ['small', 'medium', 'large'] as const;
const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
/** The cards' language: the page's own ("auto"), or always English or Spanish. */
const CARD_LANGUAGES = ['auto', ...LANGUAGES] as const;

export type Mentions = (typeof MENTIONS)[number];
export type OpenOn = (typeof OPEN_ON)[number];
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

export interface Settings {
  enabled: boolean;
  /** Host names (example.com) where the extension stays off. */
  disabledSites: string[];
  mentions: Mentions;
  categories: Record<Category, boolean>;
  openOn: OpenOn;
  hoverDelayMs: number;
  theme: Theme;
  textSize: TextSize;
  highlightStyle: HighlightStyle;
  cardLanguage: CardLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  mentions: 'all',
  categories: Object.fromEntries(CATEGORIES.map((category) => [category, true])) as Record<Category, boolean>,
  openOn: 'point',
  hoverDelayMs: 350,
  theme: 'system',
  textSize: 'medium',
  highlightStyle: 'underline',
  cardLanguage: 'auto',
});

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * Whatever storage holds (nothing, an old shape, a value another extension version or a
 * person in devtools wrote), returns complete settings: each bad field falls back alone.
 */
export function sanitizeSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const categories = (typeof raw.categories === 'object' && raw.categories !== null ? raw.categories : {}) as Record<string, unknown>;
  const delay = raw.hoverDelayMs;
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : d.enabled,
    disabledSites: Array.isArray(raw.disabledSites)
      ? [...new Set(raw.disabledSites.filter((site): site is string => typeof site === 'string' && site.length > 0))]
      : [],
    mentions: oneOf(raw.mentions, MENTIONS, d.mentions),
    categories: Object.fromEntries(
      CATEGORIES.map((category) => [category, typeof categories[category] === 'boolean' ? categories[category] : true]),
    ) as Record<Category, boolean>,
    openOn: oneOf(raw.openOn, OPEN_ON, d.openOn),
    hoverDelayMs: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(2000, Math.max(0, Math.round(delay))) : d.hoverDelayMs,
    theme: oneOf(raw.theme, THEMES, d.theme),
    textSize: oneOf(raw.textSize, TEXT_SIZES, d.textSize),
    highlightStyle: oneOf(raw.highlightStyle, HIGHLIGHT_STYLES, d.highlightStyle),
    cardLanguage: oneOf(raw.cardLanguage, CARD_LANGUAGES, d.cardLanguage),
  };
}

/** The host a per-site switch applies to; pages without one (file:, about:) have none. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** The one rule for a site's switch: the sites where the extension stays off, with `site` on or off. */
export function sitesWith(settings: Settings, site: string, on: boolean): Pick<Settings, 'disabledSites'> {
  const others = settings.disabledSites.filter((other) => other !== site);
  return { disabledSites: on ? others : [...others, site] };
}

/** Whether the extension is on for `site` (whatever the master switch says). */
export function siteIsOn(settings: Settings, site: string | null): boolean {
  return site === null || !settings.disabledSites.includes(site);
}

/** The language a card is shown in on a page in `pageLanguage`. */
export function cardLanguageOn(settings: Settings, pageLanguage: Language): Language {
  return settings.cardLanguage === 'auto' ? pageLanguage : settings.cardLanguage;
}

export function isActiveOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && siteIsOn(settings, site);
}
