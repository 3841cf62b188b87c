import { browser, defineBackground } from '#imports';
import { onMessage } from '@/lib/messaging';
import type { ScanStats } from '@/lib/page/term-session';
import { topicById } from '@/lib/topics/dataset';

export default defineBackground(() => {
  // The last scan of each tab, kept in memory only; the benchmark reads it from the worker.
  const scans = new Map<number, ScanStats & { terms: number }>();
  Object.assign(globalThis, { backPainExplainerScans: scans });
  onMessage('reportScan', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) scans.set(sender.tab.id, data);
  });

  onMessage('getTopic', ({ data }) => topicById(data) ?? null);

  onMessage('reportFound', async ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#333333' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  });
});
