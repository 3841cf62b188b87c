import { foldChar, isSeparator, isWordChar, SEPARATOR, WORD } from './chars';
import { END, FULL_START, SHORT_KEY, startHash } from './starts';
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

/** Of the entries `owners[from..to)`, the first that may stand here: case-sensitive names must appear exactly as written. */
function pickEntry(owners: readonly TermEntry[], from: number, to: number, text: string, start: number, end: number): TermEntry | null {
  for (let k = from; k < to; k++) {
    const entry = owners[k]!;
    if (!entry.caseSensitive) return entry;
    if (end - start === entry.text.length && text.startsWith(entry.text, start)) return entry;
  }
  return null;
}

/** The first key in `keys[lo..hi)` whose code unit at `depth` is `code` or more (every key there is longer than `depth`). */
function lowerBound(keys: readonly string[], lo: number, hi: number, depth: number, code: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]!.charCodeAt(depth) < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The longest name that starts at the word start `start`, or null. Walks the sorted keys as a
 * trie: `keys[lo..hi)` are the keys that match the text so far, narrowed by each next character.
 */
function longestAt(text: string, start: number, index: CompiledIndex): Hit | null {
  const { keys, owners } = index;
  const first = foldChar(text.charCodeAt(start));
  let lo = first < 128 ? index.firstFrom[first]! : lowerBound(keys, 0, keys.length, 0, first);
  let hi = first < 128 ? index.firstTo[first]! : lowerBound(keys, lo, keys.length, 0, first + 1);
  let best: Hit | null = null;
  let depth = 1;
  let i = start + 1;
  while (lo < hi) {
    // Keys exactly `depth` long sort first: names that end here.
    let end = lo;
    while (end < hi && keys[end]!.length === depth) end++;
    if (end > lo) {
      const plural = boundaryAt(text, i) ? 0 : pluralLength(text, i);
      if (plural > 0 || boundaryAt(text, i)) {
        const entry = pickEntry(owners, lo, end, text, start, i);
        if (entry) best = { start, end: i + plural, entry };
      }
      lo = end;
    }
    if (lo >= hi || i >= text.length) break;
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
    lo = lowerBound(keys, lo, hi, depth, key);
    hi = lowerBound(keys, lo, hi, depth, key + 1);
    depth++;
  }
  return best;
}

/** The folded key unit of a code unit: any separator reads as the one space keys use. */
function unitOf(code: number): number {
  return isSeparator(code) ? SEPARATOR : foldChar(code);
}

/** Where the key unit after the one at `i` begins: a run of separators is one unit. */
function nextUnit(text: string, i: number): number {
  if (!isSeparator(text.charCodeAt(i))) return i + 1;
  let next = i + 1;
  while (next < text.length && isSeparator(text.charCodeAt(next))) next++;
  return next;
}

/** Whether a name may start at the word start `i` (see starts.ts): most words of a page start none. */
function mayStartName(text: string, i: number, index: CompiledIndex): boolean {
  const { starts } = index;
  const a = foldChar(text.charCodeAt(i));
  if (starts[startHash(a, END, END)]! & SHORT_KEY) return true;
  const second = i + 1;
  if (second >= text.length) return false;
  const b = unitOf(text.charCodeAt(second));
  if (starts[startHash(a, b, END)]! & SHORT_KEY) return true;
  const third = nextUnit(text, second);
  return third < text.length && (starts[startHash(a, b, unitOf(text.charCodeAt(third)))]! & FULL_START) !== 0;
}

/**
 * Every name of the index in `text`: whole words only, the longest name wins where names
 * overlap, and each character belongs to at most one hit.
 */
export function findHits(text: string, index: CompiledIndex): Hit[] {
  const hits: Hit[] = [];
  const length = text.length;
  let i = 0;
  // The ASCII test is written out in the two loops over every character: this runs mostly
  // before the JIT has compiled it, where each function call costs more than the test itself.
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 128 ? WORD[code] !== 1 : !isWordChar(code)) {
      i++;
      continue;
    }
    const hit = mayStartName(text, i, index) ? longestAt(text, i, index) : null;
    if (hit) {
      hits.push(hit);
      i = hit.end;
      continue;
    }
    for (i++; i < length; i++) {
      const next = text.charCodeAt(i);
      if (next < 128 ? WORD[next] !== 1 : !isWordChar(next)) break;
    }
  }
  return hits;
}
