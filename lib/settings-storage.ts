import { sanitizeSettings, type Settings } from './settings-values';

/** One area of `browser.storage`, as both the polyfill and the browsers' own promise API have it. */
interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

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

export async function readSettings(storage: SettingsStorage): Promise<Settings> {
  for (const area of [storage.sync, storage.local]) {
    try {
      return sanitizeSettings((await area.get(KEY))[KEY]);
    } catch {
      // this area is unavailable: try the next one
    }
  }
  return sanitizeSettings(undefined);
}

export async function writeSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  try {
    await storage.sync.set({ [KEY]: settings });
  } catch {
    await storage.local.set({ [KEY]: settings });
  }
}

/** Calls back with clean settings whenever they change, in any tab or the popup; returns the unwatch. */
export function watchStoredSettings(storage: SettingsStorage, callback: (settings: Settings) => void): () => void {
  const listener: ChangeListener = (changes, areaName) => {
    if ((areaName === 'sync' || areaName === 'local') && KEY in changes) callback(sanitizeSettings(changes[KEY]!.newValue));
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
