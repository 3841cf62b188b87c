import type { ContentScriptContext } from '#imports';
import type { PageTerm } from '../page/term-map';
import type { Settings } from '../settings-values';
import type { Language } from '../topics/types';

/**
 * The card's contract: what the page code asks of the card, and what the card UI script
 * (`entrypoints/card-ui/`, injected the first time a tab shows a card) needs in return.
 */

/** The one element the extension ever adds to a page: the card's shadow-root host. */
export const CARD_HOST_TAG = 'back-pain-explainer-card';

export type OpenedBy = 'point' | 'click' | 'keyboard';

/** The card as the pointer, the keyboard and the change watcher use it. */
export interface CardHandle {
  open(term: PageTerm, by: OpenedBy): void;
  close(): void;
  isOpen(): boolean;
  current(): PageTerm | null;
  /** True when the event happened inside the card. */
  owns(event: Event): boolean;
  /** True for the card's host and anything inside it: changes the page watcher must ignore. */
  ownsNode(node: Node): boolean;
}

/** What the card UI needs from the page code. */
export interface CardDeps {
  ctx: ContentScriptContext;
  settings: () => Settings;
  onActiveChange: (term: PageTerm | null) => void;
  /** The language the card is shown in: the page's, or the reader's choice. */
  language: () => Language;
}

export type CardFactory = (deps: CardDeps) => CardHandle;

/** Where the card UI script leaves its factory (both scripts run in the extension's isolated world). */
export const CARD_UI_FACTORY = Symbol.for('back-pain-explainer.card-ui');
