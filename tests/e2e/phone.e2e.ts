import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../support/static-server';
import { type ExtensionBrowser, launchWithExtension, PHONE } from '../../support/chromium';
import { cardTitle, scratchServer } from './fixtures';
import { centreOfTerm, highlightedTexts, rectOfTerm } from '../../support/page-scripts';

/**
 * Phones, in Chromium's device emulation (390 × 844 at 3×, touch, mobile viewport), on a page
 * made for phones and on an old-style page without a viewport tag, which a phone lays out 980 px
 * wide and shows at about ×0.4. What is measured "on screen" is in the phone's CSS pixels: page
 * pixels times `visualViewport.scale`. Reduced motion makes the sheet's scroll to its word instant.
 */
let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await scratchServer();
  browser = await launchWithExtension({ emulate: { ...PHONE, reducedMotion: 'reduce' } });
});

// A test that fails leaves no tab of its own behind: input goes to the tab in front.
const opened = new Set<Page>();
afterEach(async () => {
  for (const page of opened) if (!page.isClosed()) await page.close();
  opened.clear();
});

afterAll(async () => {
  expect(browser?.outsideRequests).toEqual([]);
  await browser?.close();
  await server?.close();
});

const PAGES = [
  { path: 'phone-article.html', kind: 'with a viewport tag', link: 'laminectomy' },
  { path: 'old-style.html', kind: 'without a viewport tag', link: 'laminectomy' },
];

interface Size {
  name: string;
  width: number;
  height: number;
}

interface OnScreen {
  scale: number;
  visual: { left: number; top: number; right: number; bottom: number };
  card: { left: number; top: number; right: number; bottom: number };
  /** The summary's font size on screen. */
  bodyText: number;
  /** The smallest font size on screen of any text shown in the card. */
  smallestText: number;
  close: Size;
  /** Every button and section heading shown in the card. */
  targets: Size[];
}

/** The open card measured on screen; null while no card is shown. */
const CARD_ON_SCREEN = `(() => {
  const dialog = document.querySelector('back-pain-explainer-card')?.shadowRoot?.querySelector('.bpe-dialog');
  if (!dialog || dialog.getClientRects().length === 0) return null;
  const view = visualViewport;
  const scale = view.scale;
  const edges = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const size = (el) => {
    const r = el.getBoundingClientRect();
    return { name: (el.getAttribute('aria-label') || el.textContent).trim().slice(0, 40), width: r.width * scale, height: r.height * scale };
  };
  const fonts = [];
  const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent.trim() && node.parentElement.getClientRects().length) fonts.push(parseFloat(getComputedStyle(node.parentElement).fontSize) * scale);
  }
  return {
    scale,
    visual: { left: view.offsetLeft, top: view.offsetTop, right: view.offsetLeft + view.width, bottom: view.offsetTop + view.height },
    card: edges(dialog.getBoundingClientRect()),
    bodyText: parseFloat(getComputedStyle(dialog.querySelector('.bpe-summary')).fontSize) * scale,
    smallestText: Math.min(...fonts),
    close: size(dialog.querySelector('.bpe-close')),
    targets: [...dialog.querySelectorAll('button, summary')].filter((el) => el.getClientRects().length).map(size),
  };
})()`;

/** How far the card sticks out of the visual viewport, in page pixels (0 when inside). */
function overflow(m: OnScreen): number {
  return Math.max(
    0,
    m.visual.left - m.card.left,
    m.visual.top - m.card.top,
    m.card.right - m.visual.right,
    m.card.bottom - m.visual.bottom,
  );
}

async function openPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  opened.add(page);
  await page.goto(`${server.origin}/${path}`);
  await page.bringToFront();
  // The scan is done once the first term of the page is highlighted.
  await page.waitForFunction(`(${highlightedTexts()}).length > 0`);
  return page;
}

async function tapWord(page: Page, word: string): Promise<void> {
  const point = await page.evaluate<{ x: number; y: number } | null>(centreOfTerm(word));
  if (!point) throw new Error(`"${word}" is not highlighted`);
  await page.touchscreen.tap(point.x, point.y);
}

async function cardOnScreen(page: Page): Promise<OnScreen> {
  await expect.poll(() => page.evaluate(CARD_ON_SCREEN)).not.toBeNull();
  return (await page.evaluate<OnScreen>(CARD_ON_SCREEN))!;
}

/** A finger drag with raw touch events, in the page's client coordinates. */
async function swipe(cdp: CDPSession, from: { x: number; y: number }, by: { x: number; y: number }): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let step = 1; step <= 8; step++) {
    const at = { x: from.x + (by.x * step) / 8, y: from.y + (by.y * step) / 8 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe.each(PAGES)('a phone, on a page $kind', ({ path, link }) => {
  it('opens the card on a tap, readable and inside the screen, and closes it on a tap outside', async () => {
    const page = await openPage(path);
    await tapWord(page, 'gabapentin');
    await expect.poll(() => cardTitle(page).textContent()).toBe('Gabapentin');
    await expect.poll(async () => overflow((await page.evaluate<OnScreen>(CARD_ON_SCREEN))!)).toBeLessThan(0.5);
    const card = await cardOnScreen(page);
    console.log(
      `${path}: scale ${card.scale.toFixed(3)}, body text ${card.bodyText.toFixed(2)} px, smallest text ${card.smallestText.toFixed(2)} px, ` +
        `close ${card.close.width.toFixed(1)}×${card.close.height.toFixed(1)} px on screen`,
    );
    expect(card.bodyText).toBeGreaterThanOrEqual(16);
    expect(card.smallestText).toBeGreaterThanOrEqual(16);
    expect(card.close.width).toBeGreaterThanOrEqual(44);
    expect(card.close.height).toBeGreaterThanOrEqual(44);
    for (const target of card.targets) {
      expect(Math.min(target.width, target.height), target.name).toBeGreaterThanOrEqual(44);
    }
    // The sheet leaves the word it explains in sight above it.
    const word = (await page.evaluate<{ top: number; bottom: number } | null>(rectOfTerm('gabapentin')))!;
    expect(word.top).toBeGreaterThanOrEqual(card.visual.top);
    expect(word.bottom).toBeLessThanOrEqual(card.card.top);

    // A spot near the top corner of the screen, above the sheet, with nothing to tap on it.
    await page.touchscreen.tap(card.visual.left + 4, card.visual.top + 4);
    await expect.poll(() => cardTitle(page).count()).toBe(0);
    await page.close();
  });

  it('follows a link whose text holds an explained word', async () => {
    const page = await openPage(path);
    await Promise.all([page.waitForURL('**/no-terms.html'), tapWord(page, link)]);
    await page.close();
  });
});

describe('a phone, gestures', () => {
  it('opens nothing when a swipe starts on a word', async () => {
    const page = await openPage('phone-article.html');
    // Load the card once, so that a card opening would show at once.
    await tapWord(page, 'ibuprofen');
    await expect.poll(() => cardTitle(page).count()).toBe(1);
    await page.touchscreen.tap(4, 4);
    await expect.poll(() => cardTitle(page).count()).toBe(0);

    // The word is on screen already: no scroll of ours comes before the swipe's.
    const word = (await page.evaluate<{ left: number; top: number; right: number; bottom: number } | null>(rectOfTerm('pregabalin')))!;
    expect(word.bottom).toBeLessThan(PHONE.viewport.height);
    const from = { x: (word.left + word.right) / 2, y: (word.top + word.bottom) / 2 };
    await page.evaluate(`window.clicks = 0;
      addEventListener('click', () => window.clicks++, true);
      window.swipeDone = new Promise((resolve) => addEventListener('scrollend', resolve, { once: true }));
      undefined;`);
    const cdp = await browser.context.newCDPSession(page);
    await swipe(cdp, from, { x: 0, y: -220 });
    // The page scrolled: the gesture was a swipe, and it is over.
    await page.evaluate('window.swipeDone');
    expect(await page.evaluate('window.clicks')).toBe(0);
    expect(await page.evaluate(`CSS.highlights.get('bpe-active')?.size ?? 0`)).toBe(0);
    expect(await cardTitle(page).count()).toBe(0);
    await page.close();
  });

  it('keeps the card inside the screen and its text at 16 px while the reader zooms and pans', async () => {
    const page = await openPage('old-style.html');
    await tapWord(page, 'spinal cord stimulator');
    await expect.poll(() => cardTitle(page).textContent()).toBe('Spinal cord stimulator');
    const cdp = await browser.context.newCDPSession(page);
    // What a pinch does to the page: the visual viewport's scale changes (×0.4 → ×2.5).
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2.5 });
    await expect.poll(async () => (await cardOnScreen(page)).scale).toBe(2.5);
    await expect.poll(async () => overflow(await cardOnScreen(page))).toBeLessThan(0.5);
    const zoomed = await cardOnScreen(page);
    expect(zoomed.bodyText).toBeGreaterThanOrEqual(16);
    expect(zoomed.bodyText).toBeLessThan(17);
    expect(Math.min(zoomed.close.width, zoomed.close.height)).toBeGreaterThanOrEqual(44);

    // A drag above the card pans the zoomed page: the card moves with the visual viewport.
    await swipe(cdp, { x: 60, y: 40 }, { x: -50, y: -30 });
    await expect.poll(async () => (await cardOnScreen(page)).visual.left).toBeGreaterThan(0);
    await expect.poll(async () => overflow(await cardOnScreen(page))).toBeLessThan(0.5);
    expect(await cardTitle(page).textContent()).toBe('Spinal cord stimulator');
    await page.close();
  });
});

/** Every control shown on the page (or in `root`), measured on screen. */
const CONTROLS_ON_SCREEN = `(() => {
  const scale = visualViewport.scale;
  return [...document.querySelectorAll('button, input, summary, select, [role="switch"]')]
    .filter((el) => el.getClientRects().length)
    .map((el) => {
      const r = el.getBoundingClientRect();
      return { name: (el.getAttribute('aria-label') || el.textContent || el.id).trim().slice(0, 40), width: r.width * scale, height: r.height * scale };
    });
})()`;

/** Sideways overflow of the page: how much wider its content is than the screen (0 when it fits). */
const SIDEWAYS = `Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth) + (visualViewport.scale < 1 ? 1 : 0)`;

describe('a phone, the popup (Firefox for Android shows it as a page)', () => {
  async function popupFor(page: Page): Promise<Page> {
    const tabId = await browser.worker.evaluate(`chrome.tabs.query({ active: true }).then(([tab]) => tab.id)`);
    const popup = await browser.context.newPage();
    opened.add(popup);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Show the next explained word' }).waitFor();
    void page;
    return popup;
  }

  it('fits 320 px and up without sideways scroll, with controls of at least 44 × 44 px', async () => {
    const page = await openPage('phone-article.html');
    const popup = await popupFor(page);
    for (const width of [320, 360, 390]) {
      await popup.setViewportSize({ width, height: 844 });
      await expect.poll(() => popup.evaluate('document.documentElement.clientWidth')).toBe(width);
      expect(await popup.evaluate(SIDEWAYS), `list at ${width} px`).toBe(0);
    }
    for (const control of await popup.evaluate<Size[]>(CONTROLS_ON_SCREEN)) {
      expect(Math.min(control.width, control.height), control.name).toBeGreaterThanOrEqual(44);
    }
    // A topic read in the popup: the card's controls and text fit too.
    await popup.getByRole('button', { name: 'Gabapentin' }).first().tap();
    await popup.locator('#bpe-detail-title').waitFor();
    await popup.setViewportSize({ width: 320, height: 844 });
    await expect.poll(() => popup.evaluate('document.documentElement.clientWidth')).toBe(320);
    expect(await popup.evaluate(SIDEWAYS), 'a topic at 320 px').toBe(0);
    for (const control of await popup.evaluate<Size[]>(CONTROLS_ON_SCREEN)) {
      expect(Math.min(control.width, control.height), control.name).toBeGreaterThanOrEqual(44);
    }
  });

  it('offers "next explained word" and "off on this site", which Android has no shortcut or menu for', async () => {
    const page = await openPage('phone-article.html');
    let popup = await popupFor(page);
    await popup.getByRole('button', { name: 'Show the next explained word' }).tap();
    await expect.poll(() => cardTitle(page).textContent()).toBe('Sciatica');
    await page.bringToFront();
    await expect.poll(async () => overflow(await cardOnScreen(page))).toBeLessThan(0.5);

    popup = await popupFor(page);
    await popup.getByRole('switch', { name: /^On 127\.0\.0\.1/ }).tap();
    await expect.poll(() => page.evaluate(`(${highlightedTexts()}).length`)).toBe(0);
    await popup.getByRole('switch', { name: /^On 127\.0\.0\.1/ }).tap();
    await expect.poll(() => page.evaluate(`(${highlightedTexts()}).length`)).toBeGreaterThan(0);
  });
});
