import { browser } from '#imports';
import { readSettings, type SettingsStorage, watchStoredSettings, writeSettings } from './settings-storage';
import { type Settings, sanitizeSettings, siteIsOn, sitesWith } from './settings-values';

export {
  type CardLanguage,
  DEFAULT_SETTINGS,
  type HighlightStyle,
  isActiveOn,
  type Mentions,
  type OpenOn,
  sanitizeSettings,
  type Settings,
  siteIsOn,
  siteOf,
  sitesWith,
  type TextSize,
  type Theme,
} from './settings-values';

/** The settings in the extension's pages and its background, through the polyfilled `browser`. */
const storage = (): SettingsStorage => browser.storage;

export function loadSettings(): Promise<Settings> {
  return readSettings(storage());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...change });
  await writeSettings(storage(), next);
  return next;
}

/** Calls back with clean settings whenever they change, in any tab or the popup. */
export function watchSettings(callback: (settings: Settings, before: Settings) => void): () => void {
  return watchStoredSettings(storage(), callback);
}

/** Adds a site to the ones where the extension stays off (the popup switch, the page menu). */
export async function turnOffOnSite(site: string): Promise<void> {
  const settings = await loadSettings();
  if (siteIsOn(settings, site)) await updateSettings(sitesWith(settings, site, false));
}
