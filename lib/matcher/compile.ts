import { SEPARATOR } from './chars';
import type { CompiledIndex, TermEntry } from './types';
import { termVariants } from './variants';

/** The spellings an entry is stored under in the trie. */
function keysOf(entry: TermEntry): string[] {
  if (entry.caseSensitive) return [entry.text.toLowerCase()];
  return entry.expanded ? [entry.text] : termVariants(entry.text);
}

/**
 * Builds the character trie every page is matched against: one walk per word start.
 *
 * The trie lives in flat typed arrays (first child / next sibling lists) rather than a Map per
 * node: it is built on every page the reader opens, and eight thousand Maps cost milliseconds
 * of script time and garbage collection, and more than a megabyte of heap, where these arrays
 * take a few hundred microseconds and about a hundred kilobytes.
 */
export function compileIndex(entries: readonly TermEntry[]): CompiledIndex {
  const keyed = entries.map((entry) => ({ entry, keys: keysOf(entry) }));
  let capacity = 1;
  for (const { keys } of keyed) for (const key of keys) capacity += key.length;
  const chars = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const entryList = new Int32Array(capacity);
  const lists: TermEntry[][] = [[]];
  let nodes = 1;
  let size = 0;
  for (const { entry, keys } of keyed) {
    for (const key of keys) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i) === 32 ? SEPARATOR : key.charCodeAt(i);
        let child = firstChild[node]!;
        while (child !== 0 && chars[child] !== code) child = nextSibling[child]!;
        if (child === 0) {
          child = nodes++;
          chars[child] = code;
          nextSibling[child] = firstChild[node]!;
          firstChild[node] = child;
        }
        node = child;
      }
      if (entryList[node] === 0) entryList[node] = lists.push([]) - 1;
      lists[entryList[node]!]!.push(entry);
      size++;
    }
  }
  const rootByAscii = new Int32Array(128);
  for (let child = firstChild[0]!; child !== 0; child = nextSibling[child]!) if (chars[child]! < 128) rootByAscii[chars[child]!] = child;
  return { chars, firstChild, nextSibling, entryList, lists, rootByAscii, size };
}

/** The node reached from `node` by the character `code`, or 0 (the root, never a child) when there is none. */
export function childOf(index: CompiledIndex, node: number, code: number): number {
  if (node === 0 && code < 128) return index.rootByAscii[code]!;
  let child = index.firstChild[node]!;
  while (child !== 0 && index.chars[child] !== code) child = index.nextSibling[child]!;
  return child;
}

/** The entries whose spelling ends at `node`, or null. */
export function entriesAt(index: CompiledIndex, node: number): TermEntry[] | null {
  const list = index.entryList[node]!;
  return list === 0 ? null : index.lists[list]!;
}
