import type { Page } from 'playwright-core';
import { launchWithExtension, settled } from '../../../support/chromium';
import type { ExtensionDriver, TestPage } from './types';

function wrap(page: Page): TestPage {
  return {
    eval: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    moveMouse: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    clickSelector: (selector) => page.locator(selector).first().click(),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function chromiumDriver(origin: string): Promise<ExtensionDriver> {
  const browser = await launchWithExtension();
  return {
    name: 'chromium',
    open: async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`${origin}/${path}`);
      await settled(page);
      return wrap(page);
    },
    openExtensionPage: async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.locator('h1').waitFor();
      return wrap(page);
    },
    command: (name) =>
      browser.worker.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        await globalThis.backPainExplainerCommand(${JSON.stringify(name)}, tab && tab.id);
      })()`),
    outsideRequests: () => browser.outsideRequests,
    close: () => browser.close(),
  };
}
