/**
 * What a name found on a page means:
 * - `term`: an unambiguous name of a topic (gabapentin, laminectomy);
 * - `context`: an everyday word that names a topic only where the text is about health (block);
 * - `health`: not a topic, a word that tells the text is about health (pain, spine, surgeon);
 * - `ignore`: not a topic, a phrase that holds a treatment word but never means it ("SQL
 *   injection", "ice cream"); as the longer match it swallows the word inside it.
 */
export type TermKind = 'term' | 'context' | 'health' | 'ignore';

export interface TermEntry {
  /** The name as written in the data, used for case-sensitive checks. */
  text: string;
  /** Empty for health words and ignored phrases. */
  topicId: string;
  kind: TermKind;
  caseSensitive: boolean;
  /** `text` is already a final lower-case spelling (variants were derived at build time). */
  expanded?: boolean;
}

/** A character trie in flat arrays; node 0 is the root. See `compileIndex`. */
export interface CompiledIndex {
  /** The character on the edge into each node. */
  chars: Uint16Array;
  /** Each node's first child and next sibling; 0 means none. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** Index into `lists` of the entries that end at each node; 0 means none. */
  entryList: Int32Array;
  lists: TermEntry[][];
  /** The root's children by ASCII code, for the first step of every word. */
  rootByAscii: Int32Array;
  /** How many spellings were stored. */
  size: number;
}

/** One name found in a block of text; `start`/`end` are offsets in that block's text. */
export interface Hit {
  start: number;
  end: number;
  entry: TermEntry;
}
