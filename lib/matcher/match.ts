import { foldChar, isSeparator, isWordChar, SEPARATOR } from './chars';
import { childOf, entriesAt } from './compile';
import type { CompiledIndex, Hit, TermEntry } from './types';

const S = 115;
const E = 101;

function boundaryAt(text: string, i: number): boolean {
  return i >= text.length || !isWordChar(text.charCodeAt(i));
}

/** Length of a plural ending ("s", "es") that may follow a term at `end`, or 0. */
function pluralLength(text: string, end: number): number {
  const first = text.charCodeAt(end);
  if (first === S && boundaryAt(text, end + 1)) return 1;
  if (first === E && text.charCodeAt(end + 1) === S && boundaryAt(text, end + 2)) return 2;
  return 0;
}

/** Case-sensitive names must appear exactly as written, but for the plural ending. */
function pickEntry(entries: TermEntry[], text: string, start: number, end: number): TermEntry | null {
  for (const entry of entries) {
    if (!entry.caseSensitive) return entry;
    if (end - start === entry.text.length && text.startsWith(entry.text, start)) return entry;
  }
  return null;
}

/** The longest name that starts at the word start `start`, or null. */
function longestAt(text: string, start: number, index: CompiledIndex): Hit | null {
  let node = 0;
  let best: Hit | null = null;
  let i = start;
  for (;;) {
    const entries = i > start ? entriesAt(index, node) : null;
    if (entries) {
      const plural = boundaryAt(text, i) ? 0 : pluralLength(text, i);
      if (plural > 0 || boundaryAt(text, i)) {
        const entry = pickEntry(entries, text, start, i);
        if (entry) best = { start, end: i + plural, entry };
      }
    }
    if (i >= text.length) return best;
    const code = text.charCodeAt(i);
    let key: number;
    if (isSeparator(code)) {
      key = SEPARATOR;
      do i++;
      while (i < text.length && isSeparator(text.charCodeAt(i)));
    } else {
      key = foldChar(code);
      i++;
    }
    const child = childOf(index, node, key);
    if (child === 0) return best;
    node = child;
  }
}

/**
 * Every name of the index in `text`: whole words only, the longest name wins where names
 * overlap, and each character belongs to at most one hit.
 */
export function findHits(text: string, index: CompiledIndex): Hit[] {
  const hits: Hit[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const hit = childOf(index, 0, foldChar(text.charCodeAt(i))) !== 0 ? longestAt(text, i, index) : null;
    if (hit) {
      hits.push(hit);
      i = hit.end;
      continue;
    }
    do i++;
    while (i < length && isWordChar(text.charCodeAt(i)));
  }
  return hits;
}
