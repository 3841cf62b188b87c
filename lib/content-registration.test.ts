import { describe, expect, it } from 'vitest';
import { type ContentScriptRegistration, registerContentScript, registrationFor, tabsTurnedOn } from './content-registration';
import { DEFAULT_SETTINGS, type Settings } from './settings-values';

/** `browser.scripting`'s registry, in memory. */
function fakeScripting() {
  const registered = new Map<string, ContentScriptRegistration>();
  const calls: string[] = [];
  return {
    registered,
    calls,
    getRegisteredContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) =>
      [...registered.values()].filter((script) => ids.includes(script.id)),
    registerContentScripts: async (scripts: ContentScriptRegistration[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
      calls.push('register');
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) => {
      for (const id of ids) registered.delete(id);
      calls.push('unregister');
    },
  };
}

const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('registrationFor', () => {
  it('runs the first stage on every http(s) page while on, without the sites turned off (with and without www.)', () => {
    expect(registrationFor(DEFAULT_SETTINGS)).toEqual({
      id: 'look',
      matches: ['http://*/*', 'https://*/*'],
      js: ['look.js'],
      css: ['highlights.css'],
      runAt: 'document_idle',
    });
    expect(registrationFor(settings({ disabledSites: ['example.com'] }))?.excludeMatches).toEqual([
      '*://example.com/*',
      '*://www.example.com/*',
    ]);
  });

  it('writes only patterns the browsers accept: no www. before an address, nothing for a damaged site', () => {
    const excluded = (site: string) => registrationFor(settings({ disabledSites: [site] }))?.excludeMatches;
    expect(excluded('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
    expect(excluded('[::1]')).toEqual(['*://[::1]/*']);
    expect(excluded('xn--bcher-kva.example')).toEqual(['*://xn--bcher-kva.example/*', '*://www.xn--bcher-kva.example/*']);
    expect(excluded('localhost')).toEqual(['*://localhost/*', '*://www.localhost/*']);
    expect(excluded('not a host/*')).toBeUndefined();
    expect(excluded('')).toBeUndefined();
  });

  it('runs nothing while the extension is off', () => {
    expect(registrationFor(settings({ enabled: false }))).toBeNull();
  });
});

describe('registerContentScript', () => {
  it('registers once, follows the sites turned off and on, and unregisters when off', async () => {
    const scripting = fakeScripting();
    await registerContentScript(scripting, DEFAULT_SETTINGS);
    await registerContentScript(scripting, DEFAULT_SETTINGS);
    expect(scripting.calls).toEqual(['register']);

    await registerContentScript(scripting, settings({ disabledSites: ['example.com'] }));
    expect(scripting.registered.get('look')?.excludeMatches).toEqual(['*://example.com/*', '*://www.example.com/*']);
    // The last site turned back on is no longer left out (an update would have kept the old list).
    await registerContentScript(scripting, DEFAULT_SETTINGS);
    expect(scripting.registered.get('look')).not.toHaveProperty('excludeMatches');

    await registerContentScript(scripting, settings({ enabled: false }));
    expect(scripting.registered.size).toBe(0);
    await registerContentScript(scripting, settings({ enabled: false }));
    expect(scripting.calls.at(-1)).toBe('unregister');
    expect(scripting.calls.filter((call) => call === 'unregister')).toHaveLength(3);
  });
});

describe('tabsTurnedOn', () => {
  const tabs = [{ url: 'https://www.example.com/a' }, { url: 'https://other.org/' }, { url: 'chrome://settings' }, {}];

  it('lists the web pages the extension has just turned on for', () => {
    const off = settings({ enabled: false });
    expect(tabsTurnedOn(tabs, off, DEFAULT_SETTINGS)).toEqual(tabs.slice(0, 2));
    const siteOff = settings({ disabledSites: ['example.com'] });
    expect(tabsTurnedOn(tabs, siteOff, DEFAULT_SETTINGS)).toEqual([tabs[0]]);
    expect(tabsTurnedOn(tabs, DEFAULT_SETTINGS, siteOff)).toEqual([]);
    expect(tabsTurnedOn(tabs, DEFAULT_SETTINGS, settings({ textSize: 'large' }))).toEqual([]);
  });
});
