import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchServer } from './fixtures';
import { type ExtensionBrowser, launchWithExtension, settled } from '../../support/chromium';
import { HIGHLIGHT_COUNT } from '../../support/page-scripts';

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

/** A browser with the demo article open and settled, and the popup for its tab. */
async function demoWithPopup() {
  const server = await scratchServer();
  const browser = await launchWithExtension();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo-article.html`);
  await settled(page);
  return { server, browser, page, popup: await popupFor(browser, page) };
}

describe('the popup and the open tab', () => {
  it('lists the topics found on the page, most mentioned first', async () => {
    const { server, popup } = await demoWithPopup();
    const onThisPage = popup.locator('section[aria-labelledby="bpe-page-heading"] button');
    await expect.poll(() => onThisPage.count()).toBeGreaterThan(20);
    expect(await onThisPage.allTextContents()).toContain('Gabapentin');
    await server.close();
  });

  it('turns the extension off for the site: open tabs lose their terms, new pages run nothing, until it is back on', async () => {
    const { server, browser, page, popup } = await demoWithPopup();
    await popup.locator('#bpe-site').click();
    await expect.poll(() => page.evaluate(HIGHLIGHT_COUNT)).toBe(0);
    // The site is left out of the content script's registration, as a pattern Chrome accepts.
    const registered = () =>
      browser.worker.evaluate('backPainExplainerReady().then(() => chrome.scripting.getRegisteredContentScripts())') as Promise<
        Array<{ excludeMatches?: string[] }>
      >;
    await expect.poll(async () => (await registered())[0]?.excludeMatches).toEqual(['*://127.0.0.1/*']);
    const later = await browser.context.newPage();
    await later.goto(`${server.origin}/demo-article.html`);
    await settled(later);
    expect(await later.evaluate(HIGHLIGHT_COUNT)).toBe(0);
    await popup.bringToFront();
    await popup.locator('#bpe-site').click();
    await expect.poll(() => later.evaluate(HIGHLIGHT_COUNT)).toBeGreaterThan(20);
    await expect.poll(async () => (await registered())[0]?.excludeMatches ?? []).toEqual([]);
    await server.close();
  });
});
