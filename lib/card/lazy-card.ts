import { logError } from '../guard';
import type { PageTerm } from '../page/term-map';
import type { CardHandle, OpenedBy } from './contract';

/**
 * The card, loaded the first time one opens. Its UI (Preact, Floating UI, the card's
 * components and styles) is most of the extension's code, and most pages never show a card,
 * so the content script that runs on every page does not carry it.
 */
export class LazyCard implements CardHandle {
  private card: CardHandle | null = null;
  private loading: Promise<CardHandle | null> | null = null;
  /** The term a card was asked for while the UI loads; only the latest one opens. */
  private pending: PageTerm | null = null;

  constructor(private readonly load: () => Promise<CardHandle>) {}

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
