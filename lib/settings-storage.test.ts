import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, watchStoredSettings } from './settings-storage';
import { DEFAULT_SETTINGS, type Settings } from './settings-values';

describe('stored settings, through the browser API the caller hands over', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads sync storage, else local storage, else the defaults', async () => {
    expect(await readSettings(fakeBrowser.storage)).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    expect((await readSettings(fakeBrowser.storage)).enabled).toBe(false);
    get.mockRestore();
    await fakeBrowser.storage.sync.set({ settings: { mentions: 'first' } });
    expect((await readSettings(fakeBrowser.storage)).mentions).toBe('first');
  });

  it('reports changes in either area, clean, until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchStoredSettings(fakeBrowser.storage, (settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ settings: { enabled: false } });
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark', hoverDelayMs: 'soon' } });
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    unwatch();
    await fakeBrowser.storage.sync.set({ settings: { enabled: true } });
    expect(seen.map((s) => [s.enabled, s.theme, s.hoverDelayMs])).toEqual([
      [false, 'system', 350],
      [true, 'dark', 350],
    ]);
  });
});
