import { indexOfSorted } from './compile';
import type { CompiledIndex, TermEntry, TermKind } from './types';

/**
 * A compiled index as plain JSON, for shipping inside the content script, where every byte is
 * parsed on every page: each entry keeps only what matching needs of it.
 */
export interface PackedIndex {
  keys: string[];
  /** For each key, its entry's place in `entries`. */
  owners: number[];
  topicIds: string[];
  /** Per entry: its topic's place in `topicIds` (-1 for none), its kind, and its text if it is matched case-sensitively ('' if not). */
  entries: Array<[topic: number, kind: TermKind, caseSensitiveText: string]>;
}

export function packIndex(index: CompiledIndex): PackedIndex {
  const places = new Map<TermEntry, number>();
  const topicIds = [...new Set(index.owners.map((entry) => entry.topicId).filter(Boolean))];
  const entries: PackedIndex['entries'] = [];
  const owners = index.owners.map((entry) => {
    let place = places.get(entry);
    if (place === undefined) {
      place = entries.push([topicIds.indexOf(entry.topicId), entry.kind, entry.caseSensitive ? entry.text : '']) - 1;
      places.set(entry, place);
    }
    return place;
  });
  return { keys: [...index.keys], owners, topicIds, entries };
}

/** The index again; an entry matched in any case gets its first spelling as its text. */
export function unpackIndex(packed: PackedIndex): CompiledIndex {
  const { keys, owners, topicIds } = packed;
  const entries: TermEntry[] = packed.entries.map(([topic, kind, exact]) => ({
    text: exact,
    topicId: topicIds[topic] ?? '',
    kind,
    caseSensitive: exact !== '',
  }));
  for (let k = 0; k < keys.length; k++) {
    const entry = entries[owners[k]!]!;
    if (entry.text === '') entry.text = keys[k]!;
  }
  return indexOfSorted(
    keys,
    owners.map((place) => entries[place]!),
  );
}
