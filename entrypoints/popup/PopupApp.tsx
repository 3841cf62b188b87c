import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '#imports';
import { i18n } from '#i18n';
import { PopupView } from '@/components/PopupView';
import { doctorListText } from '@/lib/doctor-list';
import { logError } from '@/lib/guard';
import { moveToTermIn, type PageState, readPageState } from '@/lib/page-api';
import { loadSaved, toggleSaved, watchSaved } from '@/lib/saved-topics';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  loadSettings,
  type Settings,
  siteIsOn,
  siteOf,
  sitesWith,
  updateSettings,
  watchSettings,
} from '@/lib/settings';
import { allGlossary, allTopics, topicById } from '@/lib/topics/dataset';
import { helpFor } from '@/lib/topics/help';
import { languageOfLocale } from '@/lib/topics/language';
import { createTopicSearch } from '@/lib/topics/search';
import type { Topic } from '@/lib/topics/types';
import { applyDisplaySettings } from '../shared/display';

/**
 * The tab the popup is about: the active one, or `popup.html?tab=<id>` for a given tab (the popup
 * opened as a page: tests, a pinned tab).
 */
async function targetTab(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  return requested || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

interface TabState {
  /** The tab's site, from its address (the content script does not run where the extension is off). */
  site: string | null;
  /** What the tab's content script found; null where none runs. */
  page: PageState | null;
}

async function readTabState(): Promise<TabState> {
  const tabId = await targetTab();
  if (tabId === undefined) return { site: null, page: null };
  const [tab, page] = await Promise.all([browser.tabs.get(tabId).catch(() => undefined), readPageState(browser.scripting, tabId)]);
  return { site: siteOf(tab?.url ?? ''), page };
}

/**
 * Opens the card of the next explained word in the tab, then closes the popup so the reader sees
 * it: the keyboard shortcut's job, for Firefox for Android, which has no shortcuts.
 */
async function showNextTerm(): Promise<void> {
  const tabId = await targetTab();
  if (tabId === undefined) return;
  await moveToTermIn(browser.scripting, tabId, 1);
  window.close();
}

/** Firefox for Android long had bugs in `openOptionsPage`; a tab with the same page is the fallback. */
async function openOptions(): Promise<void> {
  try {
    await browser.runtime.openOptionsPage();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  }
}

/** Connects the popup view to settings, the saved list and the open tab. */
export function PopupApp() {
  // Cards in the language of the browser's interface, like the popup's own words.
  const language = languageOfLocale(browser.i18n.getUILanguage());
  const topics = allTopics(language);
  const glossary = allGlossary(language);
  const search = useMemo(() => {
    const other = language === 'en' ? 'es' : 'en';
    return createTopicSearch(topics, glossary, { topics: allTopics(other), glossary: allGlossary(other) });
  }, [topics, glossary, language]);
  const help = useMemo(() => helpFor(navigator.languages, language), [language]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState<string[]>([]);
  const [tab, setTab] = useState<TabState>({ site: null, page: null });

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadSaved().then(setSaved);
    void readTabState().then(setTab);
    const unwatchSaved = watchSaved(setSaved);
    const unwatchSettings = watchSettings((next) => {
      setSettings(next);
      // The content script rescans when settings change; ask again once it has.
      setTimeout(() => void readTabState().then(setTab), 300);
    });
    return () => {
      unwatchSaved();
      unwatchSettings();
    };
  }, []);

  useEffect(() => applyDisplaySettings(document.documentElement, settings), [settings]);
  const { site, page } = tab;
  // No content script where the extension is off for the page: nothing found there, by choice.
  const pageTopicIds = page ? page.topicIds : site !== null && !isActiveOn(settings, site) ? [] : null;
  const savedTopics = () => saved.map((id) => topicById(id, language)).filter((topic): topic is Topic => !!topic);

  return (
    <PopupView
      help={help}
      topics={topics}
      glossary={glossary}
      search={search}
      enabled={settings.enabled}
      onEnabledChange={(enabled) => void updateSettings({ enabled })}
      site={site}
      siteEnabled={siteIsOn(settings, site)}
      onSiteEnabledChange={(on) => site && void updateSettings(sitesWith(settings, site, on))}
      pageTopicIds={pageTopicIds}
      supported={page?.supported ?? true}
      savedIds={saved}
      onToggleSaved={(id) => void toggleSaved(id)}
      onCopySaved={() => navigator.clipboard.writeText(doctorListText(savedTopics(), i18n.t('print.title')))}
      onPrintSaved={() => void browser.tabs.create({ url: browser.runtime.getURL('/print.html') })}
      onOpenOptions={() => void openOptions().catch(logError)}
      onNextTerm={() => void showNextTerm().catch(logError)}
    />
  );
}
