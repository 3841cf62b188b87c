import { defineExtensionMessaging } from '@webext-core/messaging';
import type { InjectedScript } from './injected';
import type { CardData } from './topics/card-data';
import type { Language } from './topics/types';

/** What the popup learns from the content script of the open tab. */
export interface PageState {
  site: string | null;
  /** Topic ids found on the page, most mentioned first. */
  topicIds: string[];
  /** False where the browser lacks the CSS Custom Highlight API. */
  supported: boolean;
}

/** How long a page's first look and scan took (benchmark builds only). */
export interface ScanStats {
  /** Main-thread time in all. */
  busyMs: number;
  longestSliceMs: number;
  /** From start to end, with the page's turns in between. */
  wallMs: number;
  slices: number;
  /** When the first term of the page was highlighted (ms since the page's navigation began), or null. */
  firstHighlightAt: number | null;
  /** Terms shown after the scan. */
  terms: number;
}

interface Protocol {
  /** content → background: inject one of the scripts the content script loads on demand into this tab. */
  inject(script: InjectedScript): void;
  /** content → background: the card's text in `language`, fetched when a card first opens. */
  getCard(request: { id: string; language: Language }): CardData | null;
  /** content → background: the topics on this tab, for the badge. */
  reportFound(count: number): void;
  /** content → background: how long the first look and scan of the page took (read by `npm run bench`). */
  reportScan(stats: ScanStats): void;
  /** background → content: a keyboard command moves to the next (1) or previous (-1) term. */
  moveToTerm(direction: 1 | -1): void;
  /** popup → content: what this page holds. */
  getPageState(): PageState;
}

/**
 * Built on `chrome.runtime` messaging directly, without the WebExtension polyfill, so the first
 * stage of the content script can answer the popup.
 */
export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
