import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pointOf, settled } from './chromium';
import { FIRST_TERM_OUTSIDE_LINKS } from './page-scripts';
import { CARD_HOST_TAG } from '../lib/card/contract';

/** The page's DOM as HTML, without our card host, and how many hosts there were. */
function serializeWithoutHost(page: Page): Promise<{ html: string; hosts: number }> {
  return page.evaluate((tag) => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of copy.querySelectorAll(tag)) host.remove();
    return { html: copy.outerHTML, hosts: document.querySelectorAll(tag).length };
  }, CARD_HOST_TAG);
}

export interface DomComparison {
  /** Same DOM with the extension as without it, after the scan. */
  sameAfterScan: boolean;
  hostsAfterScan: number;
  /** The term clicked to open a card, if the page had one outside a link. */
  opened: string | null;
  /** Same DOM, apart from the card host, with a card open. */
  sameWithCard: boolean | null;
}

/**
 * Loads `url` (serve it under /nojs/ so the page's own JavaScript stays off) without and with
 * the extension, compares the serialized DOMs, then opens a card and compares again.
 */
export async function compareDom(plain: Browser, withExtension: BrowserContext, url: string): Promise<DomComparison> {
  const plainPage = await plain.newPage();
  await plainPage.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const without = (await serializeWithoutHost(plainPage)).html;
  await plainPage.close();

  const page = await withExtension.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await settled(page);
  const afterScan = await serializeWithoutHost(page);
  // The first term outside a link: a click on a link follows it, as it should.
  const opened = await page.evaluate<string | null>(FIRST_TERM_OUTSIDE_LINKS);
  let sameWithCard: boolean | null = null;
  if (opened) {
    const point = await pointOf(page, opened);
    await page.mouse.click(point.x, point.y);
    await page.locator(`${CARD_HOST_TAG} .bpe-dialog`).waitFor({ timeout: 5000 });
    const withCard = await serializeWithoutHost(page);
    sameWithCard = withCard.hosts === 1 && withCard.html === without;
  }
  await page.close();
  return { sameAfterScan: afterScan.html === without, hostsAfterScan: afterScan.hosts, opened, sameWithCard };
}
