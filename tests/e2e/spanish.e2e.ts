import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../support/static-server';
import { axe } from './axe';
import { type ExtensionBrowser, launchWithExtension } from '../../support/chromium';
import { PAGES_DIR, SITE_DIR } from '../../support/paths';

/** The whole interface in Spanish: a browser whose language is Spanish (Spain). */
describe('en español', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic([SITE_DIR, PAGES_DIR]);
    browser = await launchWithExtension({ locale: 'es-ES' });
  });

  afterAll(async () => {
    const outside = browser?.outsideRequests ?? [];
    await browser?.close();
    await server?.close();
    expect(outside).toEqual([]);
  });

  it('shows the popup in Spanish, finds "laminectomia" without its accent, and gives Spain\'s emergency number', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('h1').waitFor();
    await popup.getByLabel('Buscar en todos los temas').fill('laminectomia');
    await popup.getByRole('button', { name: 'Laminectomía' }).first().click();
    await popup.getByRole('heading', { level: 2, name: 'Laminectomía' }).waitFor();
    await popup.getByText('Busque ayuda ya').first().click();
    expect(await popup.getByRole('link', { name: '112' }).first().getAttribute('href')).toBe('tel:112');
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe on the Spanish popup, a Spanish card and the Spanish settings page (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await page.locator('h1').waitFor();
      expect(await page.getByText('Explicar palabras en las páginas web').count()).toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
      await page.getByLabel('Buscar en todos los temas').fill('ciática');
      await page.getByRole('button', { name: 'Ciática' }).first().click();
      await page.getByRole('heading', { level: 2, name: 'Ciática' }).waitFor();
      expect(await axe(page)).toEqual([]);
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await page.locator('h1').waitFor();
      expect(await page.locator('h1').textContent()).toBe('Ajustes de Back Pain Explainer');
      expect(await axe(page)).toEqual([]);
      await page.close();
    });
  }
});
