import type { PageTerm } from './term-map';

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
