/**
 * The card in screen terms. A phone shows a page without a viewport tag laid out 980 px wide
 * at about ×0.4, and a reader may pinch to zoom any page; a card sized in page pixels would then
 * show 6.5 px text and a 13 px close button. The card reads the visual viewport (the part of the
 * page on screen, and its zoom) and sizes itself in screen pixels through CSS variables
 * (card.css), and on phones it becomes a sheet along the bottom of the screen.
 */

/** The visual viewport in the coordinates that client rects and `position: fixed` use (the layout viewport's). */
export interface VisualBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Screen pixels per page pixel: 1 unless the page is zoomed. */
  scale: number;
}

export type CardLayout = 'card' | 'sheet';

/** A touch screen narrower than this, in screen pixels, is a phone: the card becomes a bottom sheet. */
export const SHEET_MAX_WIDTH = 600;

export function visualBox(win: Window): VisualBox {
  const view = win.visualViewport;
  if (!view || !(view.scale > 0)) {
    const root = win.document.documentElement;
    return { x: 0, y: 0, width: root.clientWidth, height: root.clientHeight, scale: 1 };
  }
  return { x: view.offsetLeft, y: view.offsetTop, width: view.width, height: view.height, scale: view.scale };
}

/** Floating card or bottom sheet: phones (a narrow touch screen) get the sheet; a mouse keeps the card. */
export function layoutFor(box: VisualBox, coarsePointer: boolean): CardLayout {
  return coarsePointer && box.width * box.scale < SHEET_MAX_WIDTH ? 'sheet' : 'card';
}

/**
 * One screen pixel in page pixels, rounded up to the 1/64 px that layout works in: rounded down,
 * 16 px text could measure 15.99 px on screen.
 */
export function screenPixel(scale: number): number {
  return Math.ceil(64 / scale) / 64;
}

/**
 * The CSS variables that size the card in screen pixels: one screen pixel in page pixels, and
 * the visual viewport's size. None at ×1 for the floating card, so the desktop card is exactly
 * as its stylesheet says.
 */
export function screenVariables(box: VisualBox, layout: CardLayout): Record<string, string | null> {
  const zoomed = box.scale !== 1 || layout === 'sheet';
  return {
    '--bpe-px': box.scale !== 1 ? `${screenPixel(box.scale)}px` : null,
    '--bpe-vw': zoomed ? `${box.width}px` : null,
    '--bpe-vh': zoomed ? `${box.height}px` : null,
  };
}

/** Sets the card root's layout and screen variables; returns the layout. */
export function fitToScreen(root: HTMLElement, box: VisualBox, coarsePointer: boolean): CardLayout {
  const layout = layoutFor(box, coarsePointer);
  if (root.dataset.layout !== layout) root.dataset.layout = layout;
  for (const [name, value] of Object.entries(screenVariables(box, layout))) {
    if (value === null) root.style.removeProperty(name);
    else if (root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
  }
  return layout;
}

/** Where a sheet of this height sits: along the bottom of the visual viewport, full width. */
export function sheetPosition(box: VisualBox, height: number): { x: number; y: number } {
  return { x: box.x, y: box.y + Math.max(0, box.height - height) };
}

/**
 * How far to scroll the page so that a word hidden by the sheet shows just above it (in page
 * pixels; 0 when it is visible already). `gap` is the room to leave above the sheet.
 */
export function revealAbove(word: DOMRect, sheetTop: number, box: VisualBox, gap: number): number {
  if (word.bottom + gap <= sheetTop) return 0;
  // Never push the word's top above the visual viewport.
  return Math.max(0, Math.min(word.bottom + gap - sheetTop, word.top - box.y - gap));
}
