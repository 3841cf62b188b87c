/**
 * Renders assets/icon.svg to public/icon/<size>.png (16, 32, 48, 96, 128) in headless
 * Chromium, with a transparent background. WXT picks those files up as the extension's icons.
 *
 * Run after editing the SVG: `npm run icons` (Chromium from CHROME_PATH,
 * else /usr/bin/chromium).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../../support/paths';

const SOURCE = join(ROOT, 'assets', 'icon.svg');
const OUT_DIR = join(ROOT, 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128] as const;

/** A page that shows only the SVG, drawn at exactly size × size CSS pixels. */
function pageFor(svg: string, size: number): string {
  const inline = svg.replace(/<\?xml[^>]*\?>/, '').trim();
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
    svg { display: block; width: ${size}px; height: ${size}px; }
  </style></head><body>${inline}</body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(SOURCE, 'utf8');
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(pageFor(svg, size));
      const path = join(OUT_DIR, `${size}.png`);
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`wrote public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
