import { browser, defineBackground } from '#imports';
import { onMessage } from '@/lib/messaging';
import { topicById } from '@/lib/topics/dataset';

export default defineBackground(() => {
  onMessage('getTopic', ({ data }) => topicById(data) ?? null);

  onMessage('reportFound', async ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  });
});
