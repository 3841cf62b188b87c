import { loadSettings, updateSettings } from './settings';

export interface CommandDeps {
  /** Tells the tab's content script to move to a term. */
  moveToTerm: (tabId: number, direction: 1 | -1) => Promise<void>;
}

/** What each keyboard command (manifest `commands`) does. Unknown commands do nothing. */
export async function runCommand(command: string, tabId: number | undefined, deps: CommandDeps): Promise<void> {
  if (command === 'toggle-extension') {
    const settings = await loadSettings();
    await updateSettings({ enabled: !settings.enabled });
    return;
  }
  const direction = command === 'next-term' ? 1 : command === 'previous-term' ? -1 : 0;
  if (direction !== 0 && tabId !== undefined) await deps.moveToTerm(tabId, direction);
}
