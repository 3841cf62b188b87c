import { sanitizeSettings, type Settings } from './settings-values';

/** One area of `browser.storage`, as both the polyfill and the browsers' own promise API have it. */
interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type ChangeListener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, areaName: string) => void;

/**
 * The part of `browser.storage` the settings live in. Passed in: the extension pages hand over
 * the polyfilled `browser`, the first stage of the content script the browser's own.
 */
export interface SettingsStorage {
  sync: Area;
  local: Area;
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

/**
 * Settings follow the reader across their browsers through `storage.sync`. Where sync is
 * missing or fails (disabled by policy, quota errors, some Firefox profiles), the same
 * settings live in `storage.local` instead, under the same key.
 */
const KEY = 'settings';

export async function readSettings(api: SettingsStorage): Promise<Settings> {
  // By name, not `[api.sync, api.local]`: the first read of each area sets it up, a cost the
  // content script pays on every page.
  for (const area of ['sync', 'local'] as const) {
    try {
      return sanitizeSettings((await api[area].get(KEY))[KEY]);
    } catch {
      // this area is unavailable: try the next one
    }
  }
  return sanitizeSettings(undefined);
}

export async function writeSettings(api: SettingsStorage, settings: Settings): Promise<void> {
  try {
    await api.sync.set({ [KEY]: settings });
  } catch {
    await api.local.set({ [KEY]: settings });
  }
}

/**
 * Calls back with clean settings whenever they change, in any tab or the popup, and the ones
 * before the change; returns the unwatch.
 */
export function watchStoredSettings(api: SettingsStorage, callback: (settings: Settings, before: Settings) => void): () => void {
  const listener: ChangeListener = (changes, areaName) => {
    const change = changes[KEY];
    if ((areaName === 'sync' || areaName === 'local') && change)
      callback(sanitizeSettings(change.newValue), sanitizeSettings(change.oldValue));
  };
  api.onChanged.addListener(listener);
  return () => api.onChanged.removeListener(listener);
}
