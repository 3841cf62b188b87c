import type { ContentScriptContext } from '#imports';
import { guarded } from '../guard';
import type { PageTerm } from '../page/term-map';
import type { Settings } from '../settings-values';
import type { CardHandle } from './contract';

export interface PointerDeps {
  ctx: ContentScriptContext;
  win: Window;
  termAt: (x: number, y: number) => PageTerm | null;
  card: CardHandle;
  settings: () => Settings;
}

function insideLink(event: Event): boolean {
  return event.composedPath().some((target) => target instanceof Element && target.matches('a[href], button, label, summary'));
}

/**
 * Opens cards from pointing (after a short delay) and clicking, without a listener per term:
 * one capture listener on the window asks which term is under the pointer. Capture runs
 * before the page's own handlers, so pages that stop propagation cannot hide terms from us.
 */
export function watchPointer({ ctx, win, termAt, card, settings }: PointerDeps): void {
  let pending: { x: number; y: number } | null = null;
  // biome-ignore lint/correctness/noUnusedVariables: read by `frame ||=` below (one animation frame per burst of moves).
  let frame = 0;
  let hovered: PageTerm | null = null;
  let timer = 0;

  const check = () => {
    frame = 0;
    if (!pending) return;
    const term = termAt(pending.x, pending.y);
    pending = null;
    if (term === hovered) return;
    hovered = term;
    win.clearTimeout(timer);
    const current = settings();
    if (!term || current.openOn !== 'point' || term === card.current()) return;
    timer = ctx.setTimeout(
      guarded(() => {
        if (hovered === term) card.open(term, 'point');
      }),
      current.hoverDelayMs,
    );
  };

  ctx.addEventListener(
    win,
    'pointermove',
    guarded((event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      if (card.owns(event)) {
        // Moving onto the card keeps it open and cancels a card about to open elsewhere.
        win.clearTimeout(timer);
        hovered = null;
        return;
      }
      pending = { x: event.clientX, y: event.clientY };
      frame ||= ctx.requestAnimationFrame(guarded(check));
    }),
    { capture: true, passive: true },
  );

  ctx.addEventListener(
    win,
    'click',
    guarded((event: MouseEvent) => {
      if (card.owns(event)) return;
      const term = insideLink(event) ? null : termAt(event.clientX, event.clientY);
      if (term) card.open(term, 'click');
      else if (card.isOpen()) card.close();
    }),
    { capture: true },
  );

  ctx.addEventListener(
    win,
    'keydown',
    guarded((event: KeyboardEvent) => {
      if (event.key === 'Escape' && card.isOpen()) card.close();
    }),
    { capture: true },
  );
}
