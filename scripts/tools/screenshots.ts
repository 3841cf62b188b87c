/**
 * `npm run screenshots`: headless Chromium with the built extension; saves the demo page with
 * a card open, the popup and the options page, in light and dark mode, a Spanish card and popup, and the card on a phone
 * (Chromium's phone emulation, 390 × 844 at 2× here to keep the files small), to
 * docs/screenshots/ for the README.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { launchWithExtension, PHONE } from '../../support/chromium';
import { centreOfTerm } from '../../support/page-scripts';
import { PAGES_DIR, ROOT, SITE_DIR } from '../../support/paths';
import { serveStatic } from '../../support/static-server';
import { CARD_HOST_TAG } from '../../lib/card/contract';

const OUT = join(ROOT, 'docs', 'screenshots');

/** Opens `url`, clicks `term` and saves the page with its card open as `file`. */
async function shootCard(page: Page, url: string, term: string, file: string): Promise<void> {
  await page.goto(url);
  await page.waitForTimeout(800);
  const point = (await page.evaluate<{ x: number; y: number } | null>(centreOfTerm(term)))!;
  await page.mouse.click(point.x, point.y);
  await page.locator(`${CARD_HOST_TAG} .bpe-dialog`).waitFor();
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, file) });
}

async function shoot(scheme: 'light' | 'dark', origin: string): Promise<void> {
  const browser = await launchWithExtension({ colorScheme: scheme });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await shootCard(page, `${origin}/demo-article.html`, 'gabapentin', `card-${scheme}.png`);

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByLabel('Search every topic').fill('nerve');
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`) });

    await popup.setViewportSize({ width: 760, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await popup.locator('h1').waitFor();
    await popup.screenshot({ path: join(OUT, `options-${scheme}.png`) });
  } finally {
    await browser.close();
  }
}

/** The card as a sheet on a phone: on the demo article (light, dark) and on a page without a viewport tag. */
async function shootPhone(scheme: 'light' | 'dark', origin: string): Promise<void> {
  const browser = await launchWithExtension({ colorScheme: scheme, emulate: { ...PHONE, deviceScaleFactor: 2, reducedMotion: 'reduce' } });
  try {
    const pages =
      scheme === 'light'
        ? [
            ['demo-article.html', 'phone-card-light'],
            ['old-style.html', 'phone-card-old-page'],
          ]
        : [['demo-article.html', 'phone-card-dark']];
    for (const [path, name] of pages) {
      const page = await browser.context.newPage();
      await page.goto(`${origin}/${path}`);
      await page.waitForTimeout(800);
      const point = (await page.evaluate<{ x: number; y: number } | null>(centreOfTerm('gabapentin')))!;
      await page.touchscreen.tap(point.x, point.y);
      await page.locator('back-pain-explainer-card .bpe-dialog').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `${name}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

/** A Spanish page in a Spanish-language browser: the card and the popup in Spanish. */
async function shootSpanish(scheme: 'light' | 'dark', origin: string): Promise<void> {
  const browser = await launchWithExtension({ colorScheme: scheme, locale: 'es-ES' });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await shootCard(page, `${origin}/es/health/foro-mexico-ciatica.html`, 'gabapentina', `card-es-${scheme}.png`);

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByLabel('Buscar en todos los temas').fill('ciatica');
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: join(OUT, `popup-es-${scheme}.png`) });
  } finally {
    await browser.close();
  }
}

mkdirSync(OUT, { recursive: true });
const server = await serveStatic([SITE_DIR, PAGES_DIR]);
try {
  for (const scheme of ['light', 'dark'] as const) await shoot(scheme, server.origin);
  for (const scheme of ['light', 'dark'] as const) await shootPhone(scheme, server.origin);
  for (const scheme of ['light', 'dark'] as const) await shootSpanish(scheme, server.origin);
  console.log(`Saved screenshots to ${OUT}`);
} finally {
  await server.close();
}
