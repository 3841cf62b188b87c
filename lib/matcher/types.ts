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

export interface TrieNode {
  next: Map<number, TrieNode>;
  /** Entries that end at this node; several when spellings fold to the same text. */
  entries: TermEntry[] | null;
}

export interface CompiledIndex {
  root: TrieNode;
  size: number;
}

/** One name found in a block of text; `start`/`end` are offsets in that block's text. */
export interface Hit {
  start: number;
  end: number;
  entry: TermEntry;
}
