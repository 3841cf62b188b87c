import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, type BrowserContextOptions, chromium, type Frame, type Page, type Worker } from 'playwright-core';
import { centreOfTerm, HIGHLIGHT_COUNT, highlightedTexts } from './page-scripts';
import { ROOT } from './paths';
import { settle } from './settle';

const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it with "apt-get install chromium" or set CHROME_PATH.`);
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that tried to leave 127.0.0.1 (all are blocked). */
  outsideRequests: string[];
  close: () => Promise<void>;
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return hostname === '127.0.0.1' || ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(protocol);
}

/** Chromium with the built extension loaded, every request outside 127.0.0.1 blocked and recorded. */
/** A phone as Chromium's device emulation shows one: 390 × 844 at 3×, touch, a mobile viewport (viewport tags apply). */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const;

/** What a test may emulate in every page of the browser. */
export type Emulation = Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor' | 'isMobile' | 'hasTouch' | 'reducedMotion'>;

/** Ours registers its content script from the background instead of listing it in the manifest. */
function registersContentScript(extensionDir: string): boolean {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: unknown;
    permissions?: string[];
  };
  return !manifest.content_scripts && (manifest.permissions ?? []).includes('scripting');
}

/**
 * Run in the extension's background: resolves once the content script is registered
 * (`backPainExplainerReady`, entrypoints/background.ts), so that the pages a test opens get it.
 */
const WAIT_FOR_REGISTRATION = `(async () => {
  for (let i = 0; i < 250 && !globalThis.backPainExplainerReady; i++) await new Promise((r) => setTimeout(r, 20));
  await globalThis.backPainExplainerReady();
})()`;

export async function launchWithExtension(
  options: {
    userDataDir?: string;
    colorScheme?: 'light' | 'dark';
    /** The browser's language (`--lang` and `navigator.language`), e.g. 'es-ES'. */
    locale?: string;
    extensionDir?: string;
    extraArgs?: string[];
    /** Emulates a device in every page (Emulation.setDeviceMetricsOverride and setTouchEmulationEnabled). */
    emulate?: Emulation;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`Build the extension first: ${extensionDir} is missing.`);
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromePath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    // Chromium on Linux takes its interface language (what extensions' i18n follows) from LANGUAGE.
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale.replace('-', '_') } } : {}),
    viewport: { width: 1100, height: 800 },
    ...options.emulate,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=OptimizationHints,MediaRouter,Translate',
      ...(options.locale ? [`--lang=${options.locale.split('-')[0]}`] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  const outsideRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!isLocal(request.url())) outsideRequests.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (registersContentScript(extensionDir)) await worker.evaluate(WAIT_FOR_REGISTRATION);
  return { context, extensionId, worker, outsideRequests, close: () => context.close() };
}

/** Registered highlight ranges on the page, as text, by highlight name. */
export function highlightedText(page: Page, name = 'bpe-underline'): Promise<string[]> {
  return page.evaluate(highlightedTexts(name));
}

/** Waits for the page (or frame) to load and the extension's scan of it to be over (`settle`). */
export async function settled(page: Page | Frame): Promise<void> {
  await page.waitForLoadState('load');
  await settle(() => page.evaluate<number>(HIGHLIGHT_COUNT));
}

/** The centre of the first registered range whose text is `text`. */
export async function pointOf(page: Page, text: string, highlight = 'bpe-underline'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate<{ x: number; y: number } | null>(centreOfTerm(text, highlight));
  if (!point) throw new Error(`"${text}" is not highlighted`);
  return point;
}
