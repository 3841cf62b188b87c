import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { OptionsView, type Shortcut } from '@/components/OptionsView';
import { DEFAULT_SETTINGS, loadSettings, type Settings, updateSettings, watchSettings } from '@/lib/settings';
import { applyDisplaySettings } from '../shared/display';

/** Connects the options view to stored settings and the browser's shortcut list. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    // Firefox for Android has no keyboard commands (no `commands` object): no shortcuts to list.
    void browser.commands
      ?.getAll()
      .then((commands) =>
        setShortcuts(commands.map((command) => ({ description: command.description ?? '', keys: command.shortcut ?? '' }))),
      )
      .catch(() => setShortcuts([]));
    return watchSettings(setSettings);
  }, []);

  useEffect(() => applyDisplaySettings(document.documentElement, settings), [settings]);
  return <OptionsView settings={settings} shortcuts={shortcuts} onChange={(change) => void updateSettings(change)} />;
}
