import { browser, defineBackground } from '#imports';
import { i18n } from '#i18n';
import { runCommand } from '@/lib/commands';
import { logError } from '@/lib/guard';
import { onMessage } from '@/lib/messaging';
import { moveToTermIn, startContentScript } from '@/lib/page-api';
import { registerContentScript, tabsTurnedOn } from '@/lib/content-registration';
import { INJECTED_SCRIPTS } from '@/lib/injected';
import { loadSettings, type Settings, siteOf, turnOffOnSite, watchSettings } from '@/lib/settings';
import { CARD_WORD_PREFIXES, cardData } from '@/lib/topics/card-data';
import type { Language } from '@/lib/topics/types';

const SITE_MENU = 'off-on-site';

/** Tabs opened while the extension was off for them get the content script when it turns on. */
async function startInOpenTabs(before: Settings, after: Settings): Promise<void> {
  const tabs = tabsTurnedOn(await browser.tabs.query({}), before, after);
  await Promise.all(tabs.map((tab) => tab.id !== undefined && startContentScript(browser.scripting, tab.id).catch(logError)));
}

export default defineBackground(() => {
  // The content script follows the settings: registered while on, without the sites turned off
  // (`lib/content-registration.ts`). Checked at every start of the background (Chrome keeps
  // registrations across sessions, Firefox may not) and after every change, one at a time.
  let registering = loadSettings()
    .then((settings) => registerContentScript(browser.scripting, settings))
    .catch(logError);
  const follow = (settings: Settings, before: Settings) => {
    registering = registering
      .then(() => registerContentScript(browser.scripting, settings))
      .then(() => startInOpenTabs(before, settings))
      .catch(logError);
  };
  watchSettings(follow);
  // A listener for browser start-up makes Firefox start this event page then, so the
  // registration above is in place before restored tabs load (Chrome keeps it anyway).
  browser.runtime.onStartup.addListener(() => {});
  // The tests open pages once the content script is registered.
  Object.assign(globalThis, { backPainExplainerReady: () => registering });

  // The card's interface words come in the card's language, which may not be the browser's.
  const words = new Map<Language, Promise<Record<string, string>>>();
  const wordsIn = (language: Language) => {
    let found = words.get(language);
    if (!found) {
      // `_locales` is not among the public paths WXT types; it is in every package.
      found = fetch(browser.runtime.getURL(`/_locales/${language}/messages.json` as '/popup.html'))
        .then((response) => response.json() as Promise<Record<string, { message: string }>>)
        .then((messages) =>
          Object.fromEntries(
            Object.entries(messages)
              .filter(([key]) => CARD_WORD_PREFIXES.some((prefix) => key.startsWith(prefix)))
              .map(([key, value]) => [key, value.message]),
          ),
        );
      words.set(language, found);
    }
    return found;
  };
  onMessage('getCard', async ({ data: { id, language } }) => {
    const card = cardData(id, navigator.languages, language);
    return card && { ...card, words: await wordsIn(language) };
  });

  // The content script's second stage and the card UI join its isolated world only when needed.
  onMessage('inject', async ({ data: script, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !INJECTED_SCRIPTS.includes(script)) throw new Error(`Not injected: ${script}`);
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [`/${script}.js`] });
  });

  onMessage('reportFound', async ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#333333' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  });

  const command = (name: string, tabId: number | undefined) =>
    runCommand(name, tabId, { moveToTerm: (tab, direction) => moveToTermIn(browser.scripting, tab, direction) }).catch(logError);
  // Firefox for Android has no keyboard commands and no context menus (the objects are missing):
  // there the popup offers "next explained word" and "off on this site" instead.
  browser.commands?.onCommand.addListener((name, tab) => void command(name, tab?.id));
  // The end-to-end tests cannot press browser shortcuts in headless Chromium; they call this.
  Object.assign(globalThis, { backPainExplainerCommand: command });

  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    menus.create({
      id: SITE_MENU,
      title: i18n.t('menu.offOnSite'),
      contexts: ['page'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  menus.onClicked.addListener((info) => {
    const site = info.menuItemId === SITE_MENU ? siteOf(info.pageUrl ?? '') : null;
    if (site) turnOffOnSite(site).catch(logError);
  });
});
