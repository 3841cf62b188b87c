import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from './axe';
import { launchWithExtension, pointOf, settled } from '../../support/chromium';
import { cardTitle, PAST_HOVER_DELAY_MS, useHarness } from './fixtures';
import { CARD_HOST_TAG } from '../../lib/card/contract';

const harness = useHarness();

/** Runs a keyboard command as the browser would when its shortcut is pressed. */
function command(name: string): Promise<void> {
  return harness.browser.worker.evaluate(async (commandName) => {
    const api = globalThis as unknown as {
      chrome: typeof import('wxt/browser').browser;
      backPainExplainerCommand: (n: string, t?: number) => Promise<void>;
    };
    const [tab] = await api.chrome.tabs.query({ active: true, currentWindow: true });
    await api.backPainExplainerCommand(commandName, tab?.id);
  }, name);
}

/** Text of the element focused inside the card's shadow root (or the page's, outside it). */
function focusedText(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const active = host?.shadowRoot?.activeElement ?? document.activeElement;
    return `${active?.tagName.toLowerCase()}:${(active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim().slice(0, 40)}`;
  }, CARD_HOST_TAG);
}

describe('keyboard', () => {
  it('walks through the terms of a page, opens each card with focus inside, and returns focus on Esc', async () => {
    const page = await harness.open('basic.html');
    await page.bringToFront();
    await command('next-term');
    await expect.poll(() => cardTitle(page).count()).toBe(1);
    const first = await cardTitle(page).textContent();
    expect(await focusedText(page)).toMatch(/^div:/); // the dialog itself takes focus
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('button:Close');
    await command('next-term');
    await expect.poll(() => cardTitle(page).textContent()).not.toBe(first);
    expect(await cardTitle(page).textContent()).toBe('Ibuprofen');
    await command('previous-term');
    await expect.poll(() => cardTitle(page).textContent()).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardTitle(page).count()).toBe(0);
    expect(await focusedText(page)).toMatch(/^body:/);
    await page.close();
  });

  it('keeps Tab inside the card', async () => {
    const page = await harness.open('basic.html');
    await page.bringToFront();
    await command('next-term');
    await cardTitle(page).waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focusedText(page));
    }
    expect([...seen].every((text) => !text.startsWith('body:'))).toBe(true);
    expect(seen.has('button:Close')).toBe(true);
    await page.close();
  });

  it('switches the extension off and on with its command', async () => {
    const page = await harness.open('basic.html');
    await command('toggle-extension');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('bpe-underline')?.size ?? 0)).toBe(0);
    await command('toggle-extension');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('bpe-underline')?.size ?? 0)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('reader control', () => {
  it('turns the extension off for one site in an open tab, and back on from the options page', async () => {
    const page = await harness.open('basic.html');
    const options = await harness.browser.context.newPage();
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
    // The popup's per-site switch and the page menu both store the site; do what they do.
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const { settings } = (await api.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
      await api.storage.sync.set({ settings: { ...(settings ?? {}), disabledSites: ['127.0.0.1'] } });
    });
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('bpe-underline')?.size ?? 0)).toBe(0);
    await options.getByRole('button', { name: 'Turn back on for 127.0.0.1' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('bpe-underline')?.size ?? 0)).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  it('follows the highlight style and "click only" settings', async () => {
    const page = await harness.open('demo-article.html');
    const options = await harness.browser.context.newPage();
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Soft yellow background' }).check();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('bpe-background')?.size ?? 0)).toBeGreaterThan(0);
    await options.getByRole('radio', { name: 'Click a word' }).check();
    await page.bringToFront();
    const term = await pointOf(page, 'gabapentin', 'bpe-background');
    await page.mouse.move(term.x, term.y);
    await page.waitForTimeout(PAST_HOVER_DELAY_MS);
    expect(await cardTitle(page).count()).toBe(0);
    await page.mouse.click(term.x, term.y);
    await expect.poll(() => cardTitle(page).textContent()).toBe('Gabapentin');
    await options.getByRole('radio', { name: 'Dotted underline' }).check();
    await options.getByRole('radio', { name: /Point at a word/ }).check();
    await options.close();
    await page.close();
  });
});

describe('a list for the doctor', () => {
  it('saves topics from cards, survives a browser restart, copies and prints', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'bpe-profile-'));
    try {
      const first = await launchWithExtension({ userDataDir: profile });
      const page = await first.context.newPage();
      await page.goto(`${harness.server.origin}/demo-article.html`);
      await settled(page);
      const term = await pointOf(page, 'laminectomy');
      await page.mouse.click(term.x, term.y);
      await page.locator(`${CARD_HOST_TAG} .bpe-save`).click();
      await expect.poll(() => page.locator(`${CARD_HOST_TAG} .bpe-save`).getAttribute('aria-pressed')).toBe('true');
      await first.close();

      const second = await launchWithExtension({ userDataDir: profile });
      const popup = await second.context.newPage();
      await popup.goto(`chrome-extension://${second.extensionId}/popup.html`);
      const saved = popup.locator('.bpe-saved');
      await expect.poll(() => saved.textContent()).toContain('Laminectomy');
      await second.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await saved.getByRole('button', { name: 'Copy the list' }).click();
      const text = await popup.evaluate(() => navigator.clipboard.readText());
      expect(text).toMatch(/^Questions for my doctor\n\nLaminectomy\n/);
      const printed = second.context.waitForEvent('page');
      await saved.getByRole('button', { name: 'Printable page' }).click();
      const print = await printed;
      await print.waitForLoadState();
      await expect.poll(() => print.locator('h2').allTextContents()).toEqual(['Laminectomy']);
      expect(await print.locator('.bpe-notes').count()).toBe(1);
      expect(second.outsideRequests).toEqual([]);
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('axe (WCAG 2.2 AA), light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`popup, options page and an open card have no violations (${scheme})`, async () => {
      const popup = await harness.browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
      await popup.locator('h1').waitFor();
      expect(await axe(popup)).toEqual([]);
      await popup.getByRole('button', { name: 'Gabapentin' }).first().click();
      expect(await axe(popup)).toEqual([]);

      await popup.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
      await popup.locator('h1').waitFor();
      expect(await axe(popup)).toEqual([]);
      await popup.close();

      const page = await harness.browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`${harness.server.origin}/demo-article.html`);
      await settled(page);
      const term = await pointOf(page, 'gabapentin');
      await page.mouse.click(term.x, term.y);
      await cardTitle(page).waitFor();
      await page.locator(`${CARD_HOST_TAG} summary`).first().click();
      expect(await axe(page, CARD_HOST_TAG)).toEqual([]);
      await page.close();
    });
  }
});
