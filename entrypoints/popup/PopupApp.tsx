import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PopupView } from '@/components/PopupView';
import { type PageState, sendMessage } from '@/lib/messaging';
import { DEFAULT_SETTINGS, loadSettings, type Settings, updateSettings, watchSettings } from '@/lib/settings';
import { allTopics } from '@/lib/topics/dataset';
import { createTopicSearch } from '@/lib/topics/search';

/** Asks the open tab's content script what it found; null where no content script runs. */
async function readPageState(): Promise<PageState | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    return await sendMessage('getPageState', undefined, tab.id);
  } catch {
    return null;
  }
}

/** Connects the popup view to settings and the open tab. */
export function PopupApp() {
  const topics = allTopics();
  const search = useMemo(() => createTopicSearch(topics), [topics]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [page, setPage] = useState<PageState | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void readPageState().then(setPage);
    return watchSettings((next) => {
      setSettings(next);
      // The content script rescans when settings change; ask again once it has.
      setTimeout(() => void readPageState().then(setPage), 300);
    });
  }, []);

  const site = page?.site ?? null;
  const root = document.documentElement;
  root.classList.add('bpe-root');
  root.dataset.theme = settings.theme;
  root.dataset.size = settings.textSize;

  return (
    <PopupView
      topics={topics}
      search={search}
      enabled={settings.enabled}
      onEnabledChange={(enabled) => void updateSettings({ enabled })}
      site={site}
      siteEnabled={site === null || !settings.disabledSites.includes(site)}
      onSiteEnabledChange={(on) =>
        site &&
        void updateSettings({
          disabledSites: on ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site],
        })
      }
      pageTopicIds={page ? page.topicIds : null}
      supported={page?.supported ?? true}
    />
  );
}
