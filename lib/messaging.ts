import { defineExtensionMessaging } from '@webext-core/messaging';
import type { InjectedScript } from './injected';
import type { CardData } from './topics/card-data';
import type { Language } from './topics/types';

interface Protocol {
  /** content → background: inject one of the scripts the content script loads on demand into this tab. */
  inject(script: InjectedScript): void;
  /** content → background: the card's text in `language`, fetched when a card first opens. */
  getCard(request: { id: string; language: Language }): CardData | null;
  /** content → background: the topics on this tab, for the badge. */
  reportFound(count: number): void;
}

/**
 * Built on `chrome.runtime` messaging directly, without the WebExtension polyfill, so the first
 * stage of the content script can answer the popup.
 */
export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
