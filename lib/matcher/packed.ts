import { firstWordsOf } from './first-words';
import type { CompiledIndex, TermEntry, TermKind } from './types';

/**
 * A compiled index in the compact form shipped inside the content script, where it is loaded
 * on every page the reader opens: a few strings, which the page parses at once, and no objects
 * until the index is loaded (`unpackIndex`). Numbers are written as one UTF-16 unit each, at
 * `UNIT_BASE` and up, which keeps them printable and clear of surrogates.
 */
export interface PackedIndex {
  /** Every key, in order, joined by line breaks (no key holds one). */
  keys: string;
  /** For each key, its entry's place in `entries`. */
  owners: string;
  topicIds: string[];
  kinds: TermKind[];
  /** Per entry, two units: its topic's place in `topicIds` + 1 (0 for none), and its kind's place in `kinds`. */
  entries: string;
  /** The text of each entry matched case-sensitively, by the entry's place. */
  exact: Record<number, string>;
  firstFrom: number[];
  firstTo: number[];
}

const UNIT_BASE = 32;
const MAX_NUMBER = 0xd800 - UNIT_BASE - 1;

function unit(n: number): string {
  if (n < 0 || n > MAX_NUMBER) throw new Error(`The packed index cannot hold the number ${n}`);
  return String.fromCharCode(n + UNIT_BASE);
}

export function packIndex(index: CompiledIndex): PackedIndex {
  const places = new Map<TermEntry, number>();
  const topicIds = [...new Set(index.owners.map((entry) => entry.topicId).filter(Boolean))];
  const kinds = [...new Set(index.owners.map((entry) => entry.kind))];
  let entries = '';
  const exact: Record<number, string> = {};
  let owners = '';
  for (const entry of index.owners) {
    let place = places.get(entry);
    if (place === undefined) {
      place = places.size;
      places.set(entry, place);
      entries += unit(topicIds.indexOf(entry.topicId) + 1) + unit(kinds.indexOf(entry.kind));
      if (entry.caseSensitive) exact[place] = entry.text;
    }
    owners += unit(place);
  }
  if (index.keys.some((key) => key.includes('\n'))) throw new Error('A key of the index holds a line break');
  const firstFrom = [...index.firstFrom];
  const firstTo = [...index.firstTo];
  return { keys: index.keys.join('\n'), owners, topicIds, kinds, entries, exact, firstFrom, firstTo };
}

/** The index again; an entry matched in any case gets its first spelling as its text. */
export function unpackIndex(packed: PackedIndex): CompiledIndex {
  const keys = packed.keys === '' ? [] : packed.keys.split('\n');
  const { topicIds, kinds, exact } = packed;
  const entries: TermEntry[] = [];
  for (let at = 0; at < packed.entries.length; at += 2) {
    const text = exact[at / 2];
    entries.push({
      text: text ?? '',
      topicId: topicIds[packed.entries.charCodeAt(at) - UNIT_BASE - 1] ?? '',
      kind: kinds[packed.entries.charCodeAt(at + 1) - UNIT_BASE]!,
      caseSensitive: text !== undefined,
    });
  }
  const owners: TermEntry[] = [];
  for (let k = 0; k < keys.length; k++) {
    const entry = entries[packed.owners.charCodeAt(k) - UNIT_BASE]!;
    if (entry.text === '') entry.text = keys[k]!;
    owners.push(entry);
  }
  return {
    keys,
    owners,
    firstFrom: Int32Array.from(packed.firstFrom),
    firstTo: Int32Array.from(packed.firstTo),
    firstWords: firstWordsOf(packed.keys),
  };
}
