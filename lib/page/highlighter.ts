import type { HighlightStyle } from '../settings-values';

/** The page's window with its globals (Highlight, CSS), as the content script sees it. */
export type PageWindow = Window & typeof globalThis;

/** Names under which ranges are registered; public/highlights.css styles each. */
const STYLE_NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  underline: 'bpe-underline',
  background: 'bpe-background',
};
const ACTIVE = 'bpe-active';

export function highlightsSupported(win: PageWindow): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/**
 * Our highlights in the page's registry: the terms, and the one whose card is open. The page's
 * DOM is never touched; with style "none" terms are registered nowhere but still open cards.
 * Nothing is created in the page until there is something to show.
 */
export class Highlighter {
  private termsHighlight: Highlight | null = null;
  private activeHighlight: Highlight | null = null;

  constructor(
    private readonly win: PageWindow,
    private style: HighlightStyle,
  ) {}

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.unregisterTerms();
    this.style = style;
    this.registerTerms();
  }

  /** Replaces every term range at once. */
  setRanges(ranges: Iterable<AbstractRange>): void {
    this.termsHighlight?.clear();
    this.addRanges(ranges);
  }

  addRanges(ranges: Iterable<AbstractRange>): void {
    for (const range of ranges) (this.termsHighlight ??= new this.win.Highlight()).add(range);
    this.registerTerms();
  }

  setActive(range: AbstractRange | null): void {
    this.activeHighlight?.clear();
    if (range) {
      (this.activeHighlight ??= new this.win.Highlight()).add(range);
      this.win.CSS.highlights.set(ACTIVE, this.activeHighlight);
    } else if (this.activeHighlight) this.win.CSS.highlights.delete(ACTIVE);
  }

  clear(): void {
    this.termsHighlight?.clear();
    this.setActive(null);
    this.unregisterTerms();
  }

  private registerTerms(): void {
    if (this.style !== 'none' && this.termsHighlight && this.termsHighlight.size > 0)
      this.win.CSS.highlights.set(STYLE_NAMES[this.style], this.termsHighlight);
  }

  private unregisterTerms(): void {
    if (this.style !== 'none' && this.termsHighlight) this.win.CSS.highlights.delete(STYLE_NAMES[this.style]);
  }
}
