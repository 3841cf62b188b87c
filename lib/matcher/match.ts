import { foldChar, isSeparator, isWordChar, SEPARATOR } from './chars';
import { foldWord, mayStartWith, WORD_RUN } from './first-words';
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

/**
 * Every name of the index in `text`: whole words only, the longest name wins where names
 * overlap, and each character belongs to at most one hit.
 */
export function findHits(text: string, index: CompiledIndex): Hit[] {
  const hits: Hit[] = [];
  const { firstWords } = index;
  const words = WORD_RUN;
  words.lastIndex = 0;
  for (let word = words.exec(text); word; word = words.exec(text)) {
    // An all-ASCII word is folded by lower case alone.
    const folded = word[1] === undefined ? word[0].toLowerCase() : foldWord(word[0]);
    if (!mayStartWith(firstWords, folded)) continue;
    const hit = longestAt(text, word.index, index);
    if (!hit) continue;
    hits.push(hit);
    words.lastIndex = hit.end;
  }
  return hits;
}
