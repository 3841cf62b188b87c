import { describe, expect, it } from 'vitest';
import { fitToScreen, layoutFor, revealAbove, screenPixel, screenVariables, sheetPosition, type VisualBox } from './screen';

/** A phone showing a page without a viewport tag: laid out 980 px wide, shown at ×0.398 on a 390 px screen. */
const OLD_PAGE: VisualBox = { x: 0, y: 0, width: 980, height: 2121, scale: 390 / 980 };
const PHONE: VisualBox = { x: 0, y: 0, width: 390, height: 844, scale: 1 };
const DESKTOP: VisualBox = { x: 0, y: 0, width: 1100, height: 800, scale: 1 };

describe('the card in screen terms', () => {
  it('gives phones (narrow touch screens) a sheet and everything else the floating card', () => {
    expect(layoutFor(PHONE, true)).toBe('sheet');
    expect(layoutFor(OLD_PAGE, true)).toBe('sheet');
    expect(layoutFor(PHONE, false)).toBe('card');
    expect(layoutFor({ ...DESKTOP, width: 820 }, true)).toBe('card');
    // A phone zoomed in shows less of the page, but the screen is as narrow as ever.
    expect(layoutFor({ ...PHONE, width: 156, scale: 2.5 }, true)).toBe('sheet');
  });

  it('never rounds a screen pixel down, so 16 px text is at least 16 px on screen', () => {
    for (const scale of [0.3, 390 / 980, 0.5, 0.75, 1, 1.3, 2.5, 5]) {
      const px = screenPixel(scale);
      expect(16 * px * scale).toBeGreaterThanOrEqual(16);
      expect(px * scale).toBeLessThan(1.05);
      expect((px * 64) % 1).toBe(0);
    }
    expect(screenPixel(1)).toBe(1);
  });

  it('sets no variable for the desktop card, so it stays exactly as its stylesheet says', () => {
    expect(screenVariables(DESKTOP, 'card')).toEqual({ '--bpe-px': null, '--bpe-vw': null, '--bpe-vh': null });
    expect(screenVariables(OLD_PAGE, 'sheet')).toEqual({
      '--bpe-px': `${screenPixel(OLD_PAGE.scale)}px`,
      '--bpe-vw': '980px',
      '--bpe-vh': '2121px',
    });
  });

  it('writes the layout and variables on the card root, and removes them again', () => {
    const root = document.createElement('div');
    expect(fitToScreen(root, OLD_PAGE, true)).toBe('sheet');
    expect(root.dataset.layout).toBe('sheet');
    expect(root.style.getPropertyValue('--bpe-vw')).toBe('980px');
    expect(fitToScreen(root, DESKTOP, false)).toBe('card');
    expect(root.dataset.layout).toBe('card');
    expect(root.style.getPropertyValue('--bpe-px')).toBe('');
  });

  it('docks the sheet to the bottom of the visual viewport, wherever the reader has zoomed or panned to', () => {
    expect(sheetPosition(PHONE, 500)).toEqual({ x: 0, y: 344 });
    expect(sheetPosition({ x: 59, y: 45, width: 156, height: 337.6, scale: 2.5 }, 200)).toEqual({ x: 59, y: 182.60000000000002 });
    expect(sheetPosition(PHONE, 900)).toEqual({ x: 0, y: 0 });
  });

  it('scrolls a word hidden by the sheet to just above it, never past the top of the screen', () => {
    const word = (top: number) => new DOMRect(20, top, 80, 20);
    expect(revealAbove(word(200), 344, PHONE, 24)).toBe(0);
    expect(revealAbove(word(500), 344, PHONE, 24)).toBe(500 + 20 + 24 - 344);
    expect(revealAbove(word(30), 20, PHONE, 24)).toBe(6);
  });
});
