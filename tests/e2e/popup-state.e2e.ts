import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchServer } from './fixtures';
import { type ExtensionBrowser, launchWithExtension, settled } from '../../support/chromium';

const browsers: ExtensionBrowser[] = [];
afterAll(async () => {
  for (const browser of browsers) {
    expect(browser.outsideRequests).toEqual([]);
    await browser.close();
  }
});

/** The id of the active tab, as the extension sees it. */
function activeTabId(browser: ExtensionBrowser): Promise<number> {
  return browser.worker.evaluate(`chrome.tabs.query({ active: true }).then(([tab]) => tab.id)`) as Promise<number>;
}

async function popupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await activeTabId(browser);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

describe('the popup and the open tab', () => {
  it('lists the topics found on the page, most mentioned first', async () => {
    const server = await scratchServer();
    const browser = await launchWithExtension();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/demo-article.html`);
    await settled(page);
    const popup = await popupFor(browser, page);
    const onThisPage = popup.locator('section[aria-labelledby="bpe-page-heading"] button');
    await expect.poll(() => onThisPage.count()).toBeGreaterThan(20);
    expect(await onThisPage.allTextContents()).toContain('Gabapentin');
    await server.close();
  });
});
