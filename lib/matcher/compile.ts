import { firstWordsOf } from './first-words';
import type { CompiledIndex, TermEntry } from './types';
import { termVariants } from './variants';

/** The spellings an entry is stored under. */
function keysOf(entry: TermEntry): string[] {
  // A case-sensitive name keeps its case on the page (checked by `pickEntry`); its key, like every key, has a space for a hyphen.
  return entry.caseSensitive ? [entry.text.toLowerCase().replace(/[\s-]+/g, ' ')] : termVariants(entry.text);
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the index every page is matched against: every spelling, sorted by UTF-16 code unit.
 * A sorted list is a trie in its most compact form (the keys under a prefix are one run of the
 * list), so it needs no building on the page: the extension compiles it when it is built
 * (scripts/build/vite-term-index.ts) and the content script only loads it.
 */
export function compileIndex(entries: readonly TermEntry[]): CompiledIndex {
  const pairs = entries.flatMap((entry) => keysOf(entry).map((key) => ({ key, entry })));
  // A stable sort: entries that share a spelling keep their order (names before health words).
  pairs.sort((a, b) => byCodeUnits(a.key, b.key));
  return indexOfSorted(
    pairs.map((pair) => pair.key),
    pairs.map((pair) => pair.entry),
  );
}

/** The index over sorted `keys`, with where each ASCII first character's run of keys starts and ends. */
function indexOfSorted(keys: readonly string[], owners: readonly TermEntry[]): CompiledIndex {
  const firstFrom = new Int32Array(128);
  const firstTo = new Int32Array(128);
  for (let k = keys.length - 1; k >= 0; k--) {
    const first = keys[k]!.charCodeAt(0);
    if (first >= 128) continue;
    if (firstTo[first] === 0) firstTo[first] = k + 1;
    firstFrom[first] = k;
  }
  const firstWords = firstWordsOf(keys.join('\n'));
  return { keys, owners, firstFrom, firstTo, firstWords };
}
