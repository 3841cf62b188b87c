import { isActiveOn, type Settings, siteOf } from './settings-values';

/**
 * Where the content script runs, and how the background keeps it registered. The first stage
 * (`look.js`) is registered with `scripting.registerContentScripts` while the extension is on,
 * with the sites turned off left out, instead of being listed in the manifest: a page then
 * never pays for the script where it is off, and the script needs no settings to know it is
 * on (reading them costs every page about a millisecond). The settings stay the one source of
 * truth: this registration is derived from them whenever they change.
 */

/** The pages the content script may run on (also the manifest's host permissions). */
export const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];

const SCRIPT_ID = 'look';

/** The content script's first stage and the highlight styles that come with it. */
export const FIRST_STAGE = { js: 'look.js', css: 'highlights.css' } as const;

/** What `scripting.registerContentScripts` takes, as far as it is used here. */
export interface ContentScriptRegistration {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
}

/** The part of `browser.scripting` used here (the polyfilled and the browser's own both fit). */
export interface RegistrationApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; excludeMatches?: string[] }>>;
  registerContentScripts(scripts: ContentScriptRegistration[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

/** A host as `new URL()` gives it: a domain name, an IPv4 address or an IPv6 address in brackets. */
const HOST = /^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+\.?$|^\[[0-9a-f:.]+\]$/i;
/** Addresses: hosts that are bracketed or end in a number (the URL standard reads those as IPv4). */
const ADDRESS = /^\[|(?:^|\.)\d+$/;

/**
 * The match patterns of a site as `siteOf` names it: the host, and for a domain name the host
 * with `www.` (which `siteOf` drops; Chrome rejects `www.` before an address). Patterns without
 * a port match every port. None for a string that is no host (a damaged setting): one invalid
 * pattern would fail the whole registration.
 */
function patternsOf(site: string): string[] {
  if (!HOST.test(site)) return [];
  return ADDRESS.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://www.${site}/*`];
}

/** The registration the settings call for; null while the extension is off everywhere. */
export function registrationFor(settings: Settings): ContentScriptRegistration | null {
  if (!settings.enabled) return null;
  const excludeMatches = settings.disabledSites.flatMap(patternsOf);
  return {
    id: SCRIPT_ID,
    matches: CONTENT_MATCHES,
    ...(excludeMatches.length ? { excludeMatches } : {}),
    js: [FIRST_STAGE.js],
    // Highlight styles come with the script, as a stylesheet the page never sees as an element.
    css: [FIRST_STAGE.css],
    runAt: 'document_idle',
  };
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((item, i) => item === b[i]);

/** Registers, updates or unregisters the content script so that it follows `settings`. */
export async function registerContentScript(api: RegistrationApi, settings: Settings): Promise<void> {
  const wanted = registrationFor(settings);
  const [current] = await api.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!wanted) {
    if (current) await api.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } else if (!current) {
    await api.registerContentScripts([wanted]);
  } else if (!sameList(current.excludeMatches, wanted.excludeMatches)) {
    // Not `updateContentScripts`: it keeps the fields an update leaves out, so the last site
    // turned back on would stay excluded.
    await api.unregisterContentScripts({ ids: [SCRIPT_ID] });
    await api.registerContentScripts([wanted]);
  }
}

/**
 * The tabs whose page the content script must now be injected into: those the extension has
 * just turned on for (the registration only reaches pages loaded from now on). Pages it has just
 * turned off for need nothing: a content script that shows terms follows the settings itself,
 * and one that found none reads them again before it shows any.
 */
export function tabsTurnedOn<T extends { url?: string }>(tabs: readonly T[], before: Settings, after: Settings): T[] {
  return tabs.filter((tab) => {
    const site = siteOf(tab.url ?? '');
    return site !== null && isActiveOn(after, site) && !isActiveOn(before, site);
  });
}
