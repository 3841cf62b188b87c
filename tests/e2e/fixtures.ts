import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, settled } from '../../support/chromium';
import { parseExpected } from './expected';
import { PAGES_DIR, SITE_DIR } from '../../support/paths';
import { type StaticServer, serveStatic } from '../../support/static-server';
import { CARD_HOST_TAG } from '../../lib/card/contract';
import { DEFAULT_SETTINGS } from '../../lib/settings-values';

export function expectedOf(file: string) {
  return parseExpected(readFileSync(join(SITE_DIR, file), 'utf8'));
}

/** The test pages on 127.0.0.1, for tests that launch their own browser. */
export function scratchServer(): Promise<StaticServer> {
  return serveStatic([SITE_DIR, PAGES_DIR]);
}

export interface Harness {
  browser: ExtensionBrowser;
  server: StaticServer;
  /** Opens a fixture page and waits until the extension has scanned it. */
  open: (path: string) => Promise<Page>;
  popup: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function startHarness(extra: Record<string, () => string> = {}): Promise<Harness> {
  const server = await serveStatic([SITE_DIR, PAGES_DIR], extra);
  const browser = await launchWithExtension();
  return {
    browser,
    server,
    open: async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/${path}`);
      await settled(page);
      return page;
    },
    popup: async () => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await page.locator('h1').waitFor();
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One browser with the extension and the test server for a test file, started before its
 * tests and closed after them, asserting that nothing ever left 127.0.0.1.
 */
export function useHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    Object.assign(harness, await startHarness());
  });
  afterAll(async () => {
    expect(harness.browser.outsideRequests).toEqual([]);
    await harness.close();
  });
  return harness;
}

/**
 * Long enough for a card that pointing would open to have opened: twice the hover delay. A card
 * that does not open gives no signal (the hover timer lives in the content script), so the checks
 * that a card stays shut, or stays the same, wait this long.
 */
export const PAST_HOVER_DELAY_MS = 2 * DEFAULT_SETTINGS.hoverDelayMs;

/** The open card's box once it is placed: the card gets its position (a transform) after it opens, and again if its size changes. */
export async function placedCardBox(page: Page) {
  const dialog = page.locator(`${CARD_HOST_TAG} .bpe-dialog`);
  await dialog.waitFor();
  let last: string | null = null;
  const placedAndStill = async () => {
    const box = await dialog.evaluate((el: HTMLElement) => (el.style.transform ? JSON.stringify(el.getBoundingClientRect()) : null));
    const still = box !== null && box === last;
    last = box;
    return still;
  };
  await expect.poll(placedAndStill, { interval: 50 }).toBe(true);
  return (await dialog.boundingBox())!;
}

export function cardTitle(page: Page) {
  return page.locator(`${CARD_HOST_TAG} .bpe-dialog h2`);
}
