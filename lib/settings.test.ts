import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  loadSettings,
  sanitizeSettings,
  siteIsOn,
  siteOf,
  sitesWith,
  turnOffOnSite,
  updateSettings,
} from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces each malformed field alone', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        enabled: 'yes',
        mentions: 'first',
        hoverDelayMs: -50,
        categories: { medicine: false, test: 'no' },
        disabledSites: ['a.com', 3, 'a.com'],
      },
    });
    const settings = await loadSettings();
    expect(settings.enabled).toBe(true);
    expect(settings.mentions).toBe('first');
    expect(settings.hoverDelayMs).toBe(0);
    expect(settings.categories.medicine).toBe(false);
    expect(settings.categories.test).toBe(true);
    expect(settings.disabledSites).toEqual(['a.com']);
  });

  it('survives values of the wrong type entirely', () => {
    for (const value of [null, 42, 'on', [], { categories: null }]) expect(sanitizeSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('stores changes', async () => {
    await updateSettings({ enabled: false });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ enabled: false });
  });

  it('falls back to local storage where sync fails', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync is disabled'));
    await updateSettings({ mentions: 'first' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ mentions: 'first' });
    expect((await loadSettings()).mentions).toBe('first');
    get.mockRestore();
    set.mockRestore();
  });

  it('turns a site off once, as the page menu does', async () => {
    await turnOffOnSite('nhs.uk');
    await turnOffOnSite('nhs.uk');
    expect((await loadSettings()).disabledSites).toEqual(['nhs.uk']);
  });

  it('knows sites and the per-site switch', () => {
    expect(siteOf('https://www.nhs.uk/conditions/back-pain/')).toBe('nhs.uk');
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['nhs.uk'] };
    expect(isActiveOn(settings, 'nhs.uk')).toBe(false);
    expect(isActiveOn(settings, 'example.com')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'example.com')).toBe(false);
  });

  it('turns one site on or off by one rule, keeping the others and never listing a site twice', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.org', 'b.org'] };
    expect(sitesWith(settings, 'c.org', false).disabledSites).toEqual(['a.org', 'b.org', 'c.org']);
    expect(sitesWith(settings, 'a.org', false).disabledSites).toEqual(['b.org', 'a.org']);
    expect(sitesWith(settings, 'a.org', true).disabledSites).toEqual(['b.org']);
    expect(siteIsOn(settings, 'a.org')).toBe(false);
    expect(siteIsOn(settings, 'c.org')).toBe(true);
    expect(siteIsOn(settings, null)).toBe(true);
  });
});
