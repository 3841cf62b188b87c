import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromePath, highlightedText, pointOf, settled } from '../../support/chromium';
import { compareDom } from '../../support/dom-compare';
import { cardTitle, expectedOf, placedCardBox, useHarness } from './fixtures';
import { PAGES_DIR, SITE_DIR } from '../../support/paths';
import { CARD_HOST_TAG } from '../../lib/card/contract';

const harness = useHarness();
let plain: Browser;
/** Console errors and uncaught exceptions, on every page these tests open. */
const errors: string[] = [];

function watchErrors(page: Page): Page {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  // Only the extension's own errors: the fixtures' missing images and blocked scripts are the pages' business.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://'))
      errors.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

async function openWatched(path: string): Promise<Page> {
  const page = watchErrors(await harness.browser.context.newPage());
  await page.goto(`${harness.server.origin}/${path}`);
  await settled(page);
  return page;
}

beforeAll(async () => {
  plain = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox'] });
});

afterAll(async () => {
  expect(errors).toEqual([]);
  await plain.close();
});

/**
 * True when the card takes a real click (not covered by the page): a mouse click at the
 * centre of its "What it is" heading opens that section.
 */
async function cardIsOnTop(page: Page): Promise<boolean> {
  await placedCardBox(page);
  const summary = page.locator(`${CARD_HOST_TAG} summary`, { hasText: 'What it is' });
  // The safety lists come first, so the section may sit below the card's fold: scroll the card, not the page.
  await summary.scrollIntoViewIfNeeded();
  const box = (await summary.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
}

describe('hostile pages', () => {
  it('opens a readable card inside the viewport on a page that resets every style and swallows events', async () => {
    const page = await openWatched('hostile.html');
    await expect.poll(() => highlightedText(page)).toEqual(expectedOf('hostile.html').map((e) => e.text));
    const term = await pointOf(page, 'microdiscectomy');
    await page.mouse.click(term.x, term.y);
    await expect.poll(() => cardTitle(page).count()).toBe(1);
    const box = await placedCardBox(page);
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(await cardIsOnTop(page)).toBe(true);
    const style = await cardTitle(page).evaluate((el) => ({
      size: parseFloat(getComputedStyle(el).fontSize),
      display: getComputedStyle(el).display,
    }));
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(style.display).toBe('block');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardTitle(page).count()).toBe(0);
    await page.close();
  });

  it('opens cards in right-to-left text', async () => {
    const page = await openWatched('hostile.html');
    const term = await pointOf(page, 'gabapentin');
    await page.mouse.click(term.x, term.y);
    await expect.poll(() => cardTitle(page).textContent()).toBe('Gabapentin');
    await page.close();
  });

  it('shows the card above an element in full screen', async () => {
    const page = await openWatched('hostile.html');
    await page.mouse.click(5, 300); // a real click, so the page may go full screen
    await page.evaluate(() => document.getElementById('fs')!.requestFullscreen());
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('fs');
    const term = await pointOf(page, 'spinal cord stimulator');
    await page.mouse.click(term.x, term.y);
    await expect.poll(() => cardTitle(page).count()).toBe(1);
    expect(await cardIsOnTop(page)).toBe(true);
    await page.close();
  });
});

describe('pages the extension leaves alone', () => {
  it('reads only the top frame: a same-origin frame keeps its text plain', async () => {
    const page = await openWatched('frames.html');
    await expect.poll(() => highlightedText(page)).toEqual(['laminectomy']);
    const frame = page.frames().find((f) => f.url().endsWith('basic.html'))!;
    await settled(frame);
    expect(await frame.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('exits quietly on a frameset and on an XML document', async () => {
    for (const path of ['frameset.html', 'no-body.xml']) {
      const page = await openWatched(path);
      expect(await page.evaluate(() => globalThis.CSS?.highlights?.size ?? 0)).toBe(0);
      await page.close();
    }
  });
});

describe('the DOM stays the page’s own', () => {
  const pages = [
    ...readdirSync(SITE_DIR).filter((name) => name.endsWith('.html') && name !== 'frameset.html' && name !== 'frames.html'),
    ...readdirSync(join(PAGES_DIR, 'health')).map((name) => `health/${name}`),
    ...readdirSync(join(PAGES_DIR, 'other')).map((name) => `other/${name}`),
  ];

  it.each(pages)('%s: same DOM with and without the extension, before and after a card', async (path) => {
    const result = await compareDom(plain, harness.browser.context, `${harness.server.origin}/nojs/${path}`);
    expect(result).toMatchObject({ sameAfterScan: true, hostsAfterScan: 0 });
    if (result.opened) expect(result.sameWithCard).toBe(true);
  });
});
