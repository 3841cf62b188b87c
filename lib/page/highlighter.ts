import type { HighlightStyle } from '../settings';

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
 */
export class Highlighter {
  private readonly terms: Highlight;
  private readonly active: Highlight;
  private style: HighlightStyle = 'underline';

  constructor(private readonly win: PageWindow) {
    this.terms = new win.Highlight();
    this.active = new win.Highlight();
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.unregisterTerms();
    this.style = style;
    if (style !== 'none') this.win.CSS.highlights.set(STYLE_NAMES[style], this.terms);
  }

  /** Replaces every term range at once. */
  setRanges(ranges: Iterable<AbstractRange>): void {
    this.terms.clear();
    for (const range of ranges) this.terms.add(range);
    if (this.style !== 'none' && this.terms.size > 0) this.win.CSS.highlights.set(STYLE_NAMES[this.style], this.terms);
  }

  addRanges(ranges: Iterable<AbstractRange>): void {
    for (const range of ranges) this.terms.add(range);
    if (this.style !== 'none' && this.terms.size > 0) this.win.CSS.highlights.set(STYLE_NAMES[this.style], this.terms);
  }

  setActive(range: AbstractRange | null): void {
    this.active.clear();
    if (range) {
      this.active.add(range);
      this.win.CSS.highlights.set(ACTIVE, this.active);
    } else this.win.CSS.highlights.delete(ACTIVE);
  }

  clear(): void {
    this.terms.clear();
    this.setActive(null);
    this.unregisterTerms();
  }

  private unregisterTerms(): void {
    if (this.style !== 'none') this.win.CSS.highlights.delete(STYLE_NAMES[this.style]);
  }
}
