import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from '#imports';
import { CardTextProvider, cardTextFrom } from '@/components/card-text';
import { CardDialog } from '@/components/CardDialog';
import { i18n } from '#i18n';
import cardCss from '@/components/card.css?inline';
import { GlossaryCard } from '@/components/GlossaryCard';
import { TopicCard } from '@/components/TopicCard';
import { logError } from '@/lib/guard';
import { sendMessage } from '@/lib/messaging';
import { loadSaved, toggleSaved } from '@/lib/saved-topics';
import { CARD_HOST_TAG, type CardDeps, type CardHandle, type OpenedBy } from '@/lib/card/contract';
import { liveRange } from '@/lib/page/ranges';
import type { PageTerm } from '@/lib/page/term-map';
import type { CardData } from '@/lib/topics/card-data';
import { fitToScreen, revealAbove, screenPixel, sheetPosition, visualBox } from './screen';

const TITLE_ID = 'bpe-card-title';

/** Elements shown full screen that cannot hold our card (replaced elements). */
const CANNOT_HOLD = new Set(['VIDEO', 'IFRAME', 'CANVAS', 'IMG', 'EMBED', 'OBJECT']);

/**
 * Keeps the host where the reader can reach it: inside the element shown full screen (Chrome
 * sends no pointer events outside it, even to the top layer), else on <html>.
 */
function placeHost(host: HTMLElement): void {
  const full = document.fullscreenElement;
  const parent = full && !CANNOT_HOLD.has(full.tagName) ? full : document.documentElement;
  if (host.parentElement !== parent) parent.append(host);
}

/** Browsers without the Popover API show the host in place, where its fixed card still works. */
function showPopover(host: HTMLElement): void {
  if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) host.showPopover();
}

function hidePopover(host: HTMLElement): void {
  if (typeof host.hidePopover === 'function' && host.matches(':popover-open')) host.hidePopover();
}

/**
 * The in-page card. Its shadow-root host is the one element the extension adds to a page, and
 * only when a card is first shown. Card text comes from the background, so the content script
 * carries only the names it matches.
 */
export class PageCard implements CardHandle {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private term: PageTerm | null = null;
  private topicId: string | null = null;
  /** The topic on screen, so a re-render (after Save) keeps the reader's scroll position. */
  private shownTopic: string | null = null;
  private stopPositioning: (() => void) | null = null;
  /** The term the card was last placed for: a sheet scrolls a new term into sight once. */
  private placedFor: PageTerm | null = null;
  private returnFocus: HTMLElement | null = null;
  private readonly cards = new Map<string, CardData | null>();

  constructor(private readonly deps: CardDeps) {}

  isOpen(): boolean {
    return this.term !== null;
  }

  current(): PageTerm | null {
    return this.term;
  }

  owns(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.shadowHost);
  }

  ownsNode(node: Node): boolean {
    return this.ui !== null && (node === this.ui.shadowHost || this.ui.shadowHost.contains(node));
  }

  async open(term: PageTerm, by: OpenedBy): Promise<void> {
    if (by !== 'point' && !this.term) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : null;
    }
    this.term = term;
    this.deps.onActiveChange(term);
    await this.show(term.topicId, by !== 'point').catch(logError);
  }

  close(): void {
    if (!this.term) return;
    const hadFocus = this.ui?.shadowHost.contains(document.activeElement) || this.ui?.shadow.activeElement;
    this.term = null;
    this.topicId = null;
    this.shownTopic = null;
    this.stopPositioning?.();
    this.stopPositioning = null;
    this.placedFor = null;
    if (this.ui) {
      render(null, this.ui.uiContainer);
      hidePopover(this.ui.shadowHost);
    }
    this.deps.onActiveChange(null);
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  private async show(topicId: string, takeFocus: boolean): Promise<void> {
    this.topicId = topicId;
    const ui = await this.mount();
    const [card, saved] = await Promise.all([this.card(topicId), loadSaved()]);
    if (this.topicId !== topicId || !this.term) return;
    const settings = this.deps.settings();
    render(
      <CardTextProvider text={cardTextFrom(card?.language ?? 'en', card?.words ?? {})}>
        <div class="bpe-root" data-theme={settings.theme} data-size={settings.textSize} lang={card?.language ?? 'en'}>
          <CardDialog titleId={TITLE_ID} onClose={() => this.close()}>
            {card?.kind === 'glossary' ? (
              <GlossaryCard
                entry={card.entry}
                titleId={TITLE_ID}
                {...(card.topicTitle ? { topicTitle: card.topicTitle } : {})}
                help={card.help}
                onSelectTopic={(id) => void this.show(id, true).catch(logError)}
              />
            ) : card ? (
              <TopicCard
                topic={card.topic}
                titleId={TITLE_ID}
                relatedTitles={card.relatedTitles}
                help={card.help}
                onSelectTopic={(id) => void this.show(id, true).catch(logError)}
                saved={saved.includes(card.topic.id)}
                onToggleSaved={(id) =>
                  void toggleSaved(id)
                    .then(() => this.show(id, false))
                    .catch(logError)
                }
              />
            ) : (
              <p class="bpe-loading" id={TITLE_ID}>
                {i18n.t('card.notLoaded')}
              </p>
            )}
          </CardDialog>
        </div>
      </CardTextProvider>,
      ui.uiContainer,
    );
    placeHost(ui.shadowHost);
    showPopover(ui.shadowHost);
    const dialog = ui.uiContainer.querySelector<HTMLElement>('.bpe-dialog')!;
    if (this.shownTopic !== topicId) dialog.scrollTop = 0;
    this.shownTopic = topicId;
    this.position(dialog);
    if (takeFocus) dialog.focus({ preventScroll: true });
  }

  private async card(id: string): Promise<CardData | null> {
    if (!this.cards.has(id)) {
      try {
        this.cards.set(id, await sendMessage('getCard', { id, language: this.deps.language() }));
      } catch {
        return null;
      }
    }
    return this.cards.get(id) ?? null;
  }

  private async mount(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (this.ui) return this.ui;
    this.ui = await createShadowRootUi(this.deps.ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      // On <html>, not <body>: a transformed or zoomed body would become the card's frame.
      anchor: 'html',
      append: 'last',
      css: cardCss,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'pointerdown', 'mousedown', 'wheel'],
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    this.ui.mount();
    // A manual popover lives in the top layer: above any z-index of the page, and above an
    // element shown fullscreen once we show it again after the page goes fullscreen.
    this.ui.shadowHost.setAttribute('popover', 'manual');
    this.deps.ctx.addEventListener(document, 'fullscreenchange', () => {
      if (this.ui && this.term) {
        hidePopover(this.ui.shadowHost);
        placeHost(this.ui.shadowHost);
        showPopover(this.ui.shadowHost);
      }
    });
    return this.ui;
  }

  /**
   * Keeps the card next to its term and inside the visual viewport, sized in screen pixels,
   * also while the page scrolls or the reader pinches to zoom; on phones, a sheet along the
   * bottom of the screen (screen.ts).
   */
  private position(dialog: HTMLElement): void {
    const term = this.term;
    const root = dialog.closest<HTMLElement>('.bpe-root');
    if (!term || !root) return;
    this.stopPositioning?.();
    let reveal = term !== this.placedFor;
    this.placedFor = term;
    const range = liveRange(term.range, document);
    const wordRect = () => range.getClientRects()[0] ?? range.getBoundingClientRect();
    const anchor = { getBoundingClientRect: wordRect, contextElement: term.range.startContainer.parentElement ?? undefined };
    const coarse = matchMedia('(pointer: coarse)');
    const update = () => {
      const box = visualBox(window);
      const px = screenPixel(box.scale);
      if (fitToScreen(root, box, coarse.matches) === 'sheet') {
        dialog.style.maxHeight = '';
        const { x, y } = sheetPosition(box, dialog.offsetHeight);
        dialog.style.transform = `translate(${x}px, ${y}px)`;
        if (reveal) {
          reveal = false;
          // The word the sheet explains stays in sight above it.
          const by = revealAbove(wordRect(), y, box, 24 * px);
          if (by > 0) window.scrollBy({ top: by, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
        }
        return;
      }
      void computePosition(anchor, dialog, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6 * px),
          flip({ padding: 8 * px }),
          shift({ padding: 8 * px }),
          size({
            padding: 8 * px,
            apply: ({ availableHeight }) => {
              dialog.style.maxHeight = `${Math.max(160 * px, Math.min(availableHeight, 560 * px))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        dialog.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    };
    this.stopPositioning = autoUpdate(anchor, dialog, update);
  }
}
