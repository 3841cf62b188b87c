import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../support/static-server';
import type { ExtensionDriver, TestPage } from './drivers/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpected } from './expected';
import { expectedOf } from './fixtures';
import { PAGES_DIR, SITE_DIR } from '../../support/paths';
import { centreOfTerm, HIGHLIGHT_COUNT, highlightedTexts } from '../../support/page-scripts';
import { waitFor } from '../../support/settle';
import { CARD_HOST_TAG } from '../../lib/card/contract';

const HIGHLIGHTED = highlightedTexts();
const CARD_TITLE = `document.querySelector('${CARD_HOST_TAG}')?.shadowRoot?.querySelector('.bpe-dialog h2')?.textContent ?? null`;
const FOCUS_IN_CARD = `document.querySelector('${CARD_HOST_TAG}')?.shadowRoot?.activeElement?.getAttribute('role') ?? null`;

/** The page's DOM against the same HTML parsed afresh: equal when nothing was added or changed. */
const DOM_UNCHANGED = `(async () => {
  const source = await (await fetch(location.href)).text();
  const fresh = new DOMParser().parseFromString(source, 'text/html');
  return fresh.documentElement.outerHTML === document.documentElement.outerHTML;
})()`;

/**
 * The user path every supported browser must pass, written once: highlights on a fixture page,
 * the card on pointing and by keyboard, the popup switch in an open tab, no DOM change, no network.
 */
export function sharedChecks(launch: (origin: string) => Promise<ExtensionDriver>): void {
  let server: StaticServer;
  let driver: ExtensionDriver;

  beforeAll(async () => {
    server = await serveStatic([SITE_DIR, PAGES_DIR]);
    driver = await launch(server.origin);
  });

  afterAll(async () => {
    const outside = driver?.outsideRequests() ?? [];
    await driver?.close();
    await server?.close();
    expect(outside).toEqual([]);
  });

  /**
   * Opens a page that names treatments and waits until it shows at least `terms` highlights (or
   * the wait runs out and the assertion that follows says what was there). `driver.open` settles
   * on highlights that stop changing, but takes a page that shows none for a while as having none;
   * a browser that has just started may take longer than that to show the first.
   */
  async function openWithTerms(path: string, terms = 1): Promise<TestPage> {
    const page = await driver.open(path);
    await waitFor(
      () => page.eval<number>(HIGHLIGHT_COUNT),
      (count) => count >= terms,
    );
    return page;
  }

  describe('the user path', () => {
    it('highlights the expected terms on a fixture page', async () => {
      const page = await openWithTerms('basic.html', expectedOf('basic.html').length);
      expect(await page.eval<string[]>(HIGHLIGHTED)).toEqual(expectedOf('basic.html').map((e) => e.text));
      await page.close();
    });

    it('finds terms in open shadow roots, also where the rest of the page names none', async () => {
      const page = await openWithTerms('shadow.html', expectedOf('shadow.html').length);
      expect(await page.eval<string[]>(HIGHLIGHTED)).toEqual(expectedOf('shadow.html').map((e) => e.text));
      await page.close();
    });

    it('opens the card when pointing at a term and closes it with Esc', async () => {
      const page = await openWithTerms('demo-article.html');
      const point = (await page.eval<{ x: number; y: number }>(centreOfTerm('gabapentin')))!;
      await page.moveMouse(point.x, point.y);
      expect(
        await waitFor(
          () => page.eval<string | null>(CARD_TITLE),
          (title) => title !== null,
        ),
      ).toBe('Gabapentin');
      await page.press('Escape');
      expect(
        await waitFor(
          () => page.eval<string | null>(CARD_TITLE),
          (title) => title === null,
        ),
      ).toBeNull();
      await page.close();
    });

    it('opens the card from the keyboard with focus inside it', async () => {
      const page = await openWithTerms('basic.html');
      await page.bringToFront();
      await driver.command('next-term');
      expect(
        await waitFor(
          () => page.eval<string | null>(CARD_TITLE),
          (title) => title !== null,
        ),
      ).toBe('Herniated disc (slipped disc)');
      expect(await page.eval<string | null>(FOCUS_IN_CARD)).toBe('dialog');
      await page.press('Escape');
      expect(
        await waitFor(
          () => page.eval<string | null>(CARD_TITLE),
          (title) => title === null,
        ),
      ).toBeNull();
      await page.close();
    });

    it('turns highlights off and on from the popup in an open tab', async () => {
      const page = await openWithTerms('basic.html');
      const popup = await driver.openExtensionPage('popup.html');
      await popup.clickSelector('#bpe-enabled');
      expect(
        await waitFor(
          () => page.eval<string[]>(HIGHLIGHTED),
          (list) => list.length === 0,
        ),
      ).toEqual([]);
      await popup.clickSelector('#bpe-enabled');
      const back = await waitFor(
        () => page.eval<string[]>(HIGHLIGHTED),
        (list) => list.length > 0,
      );
      expect(back).toHaveLength(expectedOf('basic.html').length);
      await popup.close();
      await page.close();
    });

    it('runs nothing on a page opened while off, and shows its terms once turned on', async () => {
      const popup = await driver.openExtensionPage('popup.html');
      await popup.clickSelector('#bpe-enabled');
      // While off the content script is not registered (lib/content-registration.ts): a page
      // opened now gets nothing, and the background injects it when the extension turns on.
      const page = await driver.open('basic.html');
      expect(await page.eval<string[]>(HIGHLIGHTED)).toEqual([]);
      // Firefox runs no animation frames in a background tab, which a click waits for.
      await popup.bringToFront();
      await popup.clickSelector('#bpe-enabled');
      await page.bringToFront();
      const shown = await waitFor(
        () => page.eval<string[]>(HIGHLIGHTED),
        (list) => list.length === expectedOf('basic.html').length,
      );
      expect(shown).toHaveLength(expectedOf('basic.html').length);
      expect(await page.eval<boolean>(DOM_UNCHANGED)).toBe(true);
      await popup.close();
      await page.close();
    });

    it('reads Spanish pages with the Spanish names, with or without lang, and opens Spanish cards', async () => {
      for (const path of ['es/health/foro-mexico-ciatica.html', 'es/health/sin-lang-hernia-discal.html']) {
        const expected = parseExpected(readFileSync(join(PAGES_DIR, path), 'utf8')).map((e) => e.text.replace(/\s+/g, ' '));
        const page = await openWithTerms(path, expected.length);
        const shown = (await page.eval<string[]>(HIGHLIGHTED)).map((text) => text.replace(/\s+/g, ' '));
        expect(shown, path).toEqual(expected);
        await page.close();
      }
      const page = await openWithTerms('es/health/foro-mexico-ciatica.html');
      const point = (await page.eval<{ x: number; y: number }>(centreOfTerm('gabapentina')))!;
      await page.moveMouse(point.x, point.y);
      expect(
        await waitFor(
          () => page.eval<string | null>(CARD_TITLE),
          (title) => title !== null,
        ),
      ).toBe('Gabapentina');
      // The card's own words follow the card, not the browser.
      const what = `document.querySelector('${CARD_HOST_TAG}')?.shadowRoot?.querySelector('.bpe-section summary')?.textContent ?? null`;
      expect(await page.eval<string | null>(what)).toBe('Qué es');
      await page.close();
    });

    it('leaves everyday Spanish pages and a Spanish childbirth page plain', async () => {
      for (const path of [
        'es/other/economia-inyeccion-capital.html',
        'es/other/tiempo-ola-de-calor.html',
        'es/other/parto-epidural.html',
      ]) {
        const page = await driver.open(path);
        expect(await page.eval<string[]>(HIGHLIGHTED), path).toEqual([]);
        await page.close();
      }
    });

    it('leaves the DOM as the page made it', async () => {
      for (const path of ['nojs/basic.html', 'nojs/no-terms.html']) {
        const page = path.includes('no-terms') ? await driver.open(path) : await openWithTerms(path);
        expect(await page.eval<boolean>(DOM_UNCHANGED), path).toBe(true);
        await page.close();
      }
    });
  });
}
