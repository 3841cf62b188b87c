import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { ROOT } from '../../../support/paths';
import { HIGHLIGHT_COUNT } from '../../../support/page-scripts';
import { settle } from '../../../support/settle';
import type { ExtensionDriver, TestPage } from './types';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');
const GECKO_ID = 'back-pain-explainer@example.org';
/** Fixed so the tests know the moz-extension:// address of the popup. */
const EXTENSION_UUID = '8a7f2e3c-1b4d-4e5f-9a6b-7c8d9e0f1a2b';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`No Firefox at ${path}: install it with "apt-get install firefox-esr" or set FIREFOX_PATH.`);
  return path;
}

/**
 * A proxy that answers nothing: Firefox sends every request that is not for 127.0.0.1
 * through it, so each one is recorded (whoever made it, the background page included) and fails.
 */
async function recordingProxy(): Promise<{ port: number; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`https://${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, requests, server };
}

/** Firefox's own housekeeping (updates, remote settings), not the extension's. */
function isFirefoxHousekeeping(url: string): boolean {
  return /(^|[./])(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$)/.test(url.replace(/^https?:\/\//, ''));
}

function wrap(page: Page): TestPage {
  return {
    eval: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    moveMouse: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    clickSelector: (selector) => page.locator(selector).click(),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function firefoxDriver(origin: string): Promise<ExtensionDriver> {
  const proxy = await recordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionPage = async (path: string) => {
    const page = await browser.newPage();
    // Firefox sends no load event for moz-extension:// pages, so page.goto would wait forever.
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
    await frame.browsingContext.navigate(`moz-extension://${EXTENSION_UUID}/${path}`, 'complete');
    await page.waitForSelector('h1');
    return page;
  };
  // The pages a test opens get the content script once the background has registered it.
  const starting = await extensionPage('options.html');
  await starting.evaluate('browser.runtime.getBackgroundPage().then((background) => background.backPainExplainerReady())');
  await starting.close();
  let helper: Page | null = null;
  let lastOpened: Page | null = null;
  return {
    name: 'firefox',
    open: async (path) => {
      const page = await browser.newPage();
      await page.goto(`${origin}/${path}`);
      await settle(() => page.evaluate(HIGHLIGHT_COUNT) as Promise<number>);
      lastOpened = page;
      return wrap(page);
    },
    openExtensionPage: async (path) => wrap(await extensionPage(path)),
    command: async (name) => {
      // The background is an event page here: reach it from an extension page in another tab.
      if (!helper) {
        helper = await extensionPage('options.html');
        await lastOpened?.bringToFront();
      }
      await helper.evaluate(`(async () => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        const background = await browser.runtime.getBackgroundPage();
        await background.backPainExplainerCommand(${JSON.stringify(name)}, tab && tab.id);
      })()`);
    },
    outsideRequests: () => proxy.requests.filter((url) => !isFirefoxHousekeeping(url)),
    close: async () => {
      await browser.close();
      await new Promise((resolve) => proxy.server.close(resolve));
    },
  };
}
