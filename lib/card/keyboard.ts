import type { PageTerm } from '../page/term-map';
import type { CardHandle } from './contract';

/**
 * The term to go to from `current` in `direction`, wrapping around the ends of the page.
 * Without a current term, next starts at the top and previous at the bottom.
 */
export function termAfter(terms: readonly PageTerm[], current: PageTerm | null, direction: 1 | -1): PageTerm | null {
  if (terms.length === 0) return null;
  const at = current ? terms.indexOf(current) : -1;
  if (at === -1) return direction === 1 ? terms[0]! : terms[terms.length - 1]!;
  return terms[(at + direction + terms.length) % terms.length]!;
}

/** The keyboard command: scrolls to the next or previous shown term and opens its card with focus inside. */
export async function openTermAfter(terms: readonly PageTerm[], card: CardHandle, direction: 1 | -1, win: Window): Promise<void> {
  const term = termAfter(terms, card.current(), direction);
  if (!term) return;
  const reduceMotion = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  term.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
  await card.open(term, 'keyboard');
}
