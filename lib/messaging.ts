import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ScanStats } from './page/term-session';
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

interface Protocol {
  /** content → background: inject the card UI into this tab (the first time a card opens there). */
  loadCardUi(): void;
  /** content → background: the card's text in `language`, fetched when a card first opens. */
  getCard(request: { id: string; language: Language }): CardData | null;
  /** content → background: the topics on this tab, for the badge. */
  reportFound(count: number): void;
  /** content → background: how long the first scan of the page took (read by `npm run bench`). */
  reportScan(stats: ScanStats & { terms: number }): void;
  /** background → content: a keyboard command moves to the next (1) or previous (-1) term. */
  moveToTerm(direction: 1 | -1): void;
  /** popup → content: what this page holds. */
  getPageState(): PageState;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
