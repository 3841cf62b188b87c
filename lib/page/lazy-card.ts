import type { ContentScriptContext } from '#imports';
import { logError } from '../guard';
import type { Settings } from '../settings';
import type { CardHandle, OpenedBy } from './pointer';
import type { Language } from '../topics/types';
import type { PageTerm } from './term-map';

/** The card as the content script uses it. */
export interface PageCardHandle extends CardHandle {
  /** True for the card's host and anything inside it: changes the page watcher must ignore. */
  ownsNode(node: Node): boolean;
}

/** What the card UI needs from the content script. */
export interface CardDeps {
  ctx: ContentScriptContext;
  settings: () => Settings;
  onActiveChange: (term: PageTerm | null) => void;
  /** The language the card is shown in (the page's, or the reader's choice). */
  language?: () => Language;
}

export type CardFactory = (deps: CardDeps) => PageCardHandle;

/** Where the card UI script leaves its factory for the content script (both run in the extension's isolated world). */
export const CARD_UI_FACTORY = Symbol.for('back-pain-explainer.card-ui');

/**
 * The card, loaded the first time one opens. Its UI (Preact, Floating UI, the card's
 * components and styles) is most of the extension's code, and most pages never show a card,
 * so the content script that runs on every page does not carry it.
 */
export class LazyCard implements PageCardHandle {
  private card: PageCardHandle | null = null;
  private loading: Promise<PageCardHandle | null> | null = null;
  /** The term a card was asked for while the UI loads; only the latest one opens. */
  private pending: PageTerm | null = null;

  constructor(private readonly load: () => Promise<PageCardHandle>) {}

  /** Never rejects: callers are event handlers, and a failure must not reach the page's console. */
  async open(term: PageTerm, by: OpenedBy): Promise<void> {
    if (this.card) return this.card.open(term, by);
    this.pending = term;
    this.loading ??= this.load().catch((error: unknown) => {
      logError(error);
      this.loading = null; // the next open tries again
      return null;
    });
    const card = await this.loading;
    if (!card) {
      if (this.pending === term) this.pending = null;
      return;
    }
    this.card = card;
    if (this.pending !== term) return;
    this.pending = null;
    return card.open(term, by);
  }

  close(): void {
    this.pending = null;
    this.card?.close();
  }

  isOpen(): boolean {
    return this.card?.isOpen() ?? false;
  }

  current(): PageTerm | null {
    return this.card?.current() ?? this.pending;
  }

  owns(event: Event): boolean {
    return this.card?.owns(event) ?? false;
  }

  ownsNode(node: Node): boolean {
    return this.card?.ownsNode(node) ?? false;
  }
}
