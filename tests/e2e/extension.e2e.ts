import { describe, expect, it } from 'vitest';
import { highlightedText, pointOf } from '../../support/chromium';
import { cardTitle, expectedOf, PAST_HOVER_DELAY_MS, placedCardBox, useHarness } from './fixtures';
import { CARD_HOST_TAG } from '../../lib/card/contract';

const harness = useHarness();

async function badgeOfActiveTab(): Promise<string> {
  // Runs in the service worker, where `chrome` is the extension API.
  return harness.browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true });
    return api.action.getBadgeText({ tabId: tab!.id! });
  });
}

describe('badge', () => {
  it('shows how many topics the tab mentions on the badge', async () => {
    const page = await harness.open('basic.html');
    await page.bringToFront();
    await expect.poll(badgeOfActiveTab).toBe(String(new Set(expectedOf('basic.html').map((e) => e.topic)).size));
    await page.close();
    const plain = await harness.open('no-terms.html');
    await plain.bringToFront();
    expect(await badgeOfActiveTab()).toBe('');
    expect(await plain.evaluate(() => CSS.highlights.size)).toBe(0);
    await plain.close();
  });
});

describe('card', () => {
  it('opens on click, stays while the pointer moves onto it, closes on the close button and on a click elsewhere', async () => {
    const page = await harness.open('demo-article.html');
    const term = await pointOf(page, 'laminectomy');
    await page.mouse.click(term.x, term.y);
    await expect.poll(() => cardTitle(page).textContent()).toBe('Laminectomy');
    const box = (await page.locator(`${CARD_HOST_TAG} .bpe-dialog`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await page.waitForTimeout(PAST_HOVER_DELAY_MS);
    expect(await cardTitle(page).textContent()).toBe('Laminectomy');
    await page.locator(`${CARD_HOST_TAG} .bpe-close`).click();
    await expect.poll(() => cardTitle(page).count()).toBe(0);

    await page.mouse.click(term.x, term.y);
    await expect.poll(() => cardTitle(page).count()).toBe(1);
    await page.mouse.click(5, 5);
    await expect.poll(() => cardTitle(page).count()).toBe(0);
    await page.close();
  });

  it('keeps the card inside the viewport and shows sources, review date and the disclaimer', async () => {
    const page = await harness.open('demo-article.html');
    const term = await pointOf(page, 'spinal cord stimulator');
    await page.mouse.click(term.x, term.y);
    const box = await placedCardBox(page);
    const dialog = page.locator(`${CARD_HOST_TAG} .bpe-dialog`);
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const text = await dialog.textContent();
    expect(text).toContain('Sources:');
    expect(text).toContain('Reviewed');
    expect(text).toContain('does not replace advice from your doctor');
    await page.close();
  });
});

describe('popup', () => {
  it('finds topics despite typos and shows the same card', async () => {
    const popup = await harness.popup();
    await popup.getByLabel('Search every topic').fill('lamenectomy');
    await popup.getByRole('button', { name: 'Laminectomy' }).first().click();
    expect(await popup.locator('h2#bpe-detail-title').textContent()).toBe('Laminectomy');
    await popup.close();
  });
});

describe('pages that change', () => {
  it('finds new text, drops removed text and follows edits, within about half a second', async () => {
    const page = await harness.open('dynamic.html');
    await expect.poll(() => highlightedText(page)).toEqual(['discectomy', 'gabapentin']);
    // The page changes 1.5 s after load: from then, the highlights follow.
    await page.waitForFunction(() => document.getElementById('doomed') === null);
    await expect.poll(() => highlightedText(page), { timeout: 1500, interval: 100 }).toEqual(['microdiscectomy', 'laminectomy']);
    await page.close();
  });
});
