/**
 * What a name found on a page means:
 * - `term`: an unambiguous name of a topic (gabapentin, laminectomy);
 * - `context`: an everyday word that names a topic only where the text is about health (block);
 * - `sentence`: an everyday word that is most often something else (block, heat, ice, PT): it
 *   names a topic only where the text around it is about health *and* its own sentence is;
 * - `spine`: a name with another medical sense (epidural in childbirth, ablation of the heart):
 *   it names a topic only where spine words are near and no word of the other sense is;
 * - `gloss`: a glossary word around the treatments (fluoroscopy, lamina): shown in health text
 *   not about another part of medicine, and itself a health word for the rule;
 * - `health`: not a topic, a word that tells the text is about health (pain, surgeon);
 * - `spineWord`: a health word that also tells the text is about the spine or back (lumbar);
 * - `otherSense`: a health word of a sense our `spine` names also have (labour, cardiac, brain);
 * - `ignore`: not a topic, a phrase that holds a treatment word but never means it ("SQL
 *   injection", "ice cream"); as the longer match it swallows the word inside it.
 */
export type TermKind = 'term' | 'context' | 'sentence' | 'spine' | 'gloss' | 'health' | 'spineWord' | 'otherSense' | 'ignore';

/** Kinds that name a topic only where the text around them says so. */
export const NEEDS_CONTEXT: ReadonlySet<TermKind> = new Set(['context', 'sentence', 'spine', 'gloss']);

/** Kinds that tell a text is about health (glossary words do both: they are shown, and they count). */
export const HEALTH_EVIDENCE: ReadonlySet<TermKind> = new Set(['health', 'spineWord', 'otherSense', 'gloss']);

export interface TermEntry {
  /** The name as written in the data, for case-sensitive checks; for other names, loaded from a packed index, one of its spellings. */
  text: string;
  /** Empty for health words and ignored phrases. */
  topicId: string;
  kind: TermKind;
  caseSensitive: boolean;
}

/** Every spelling of every name, sorted by UTF-16 code unit. See `compileIndex`. */
export interface CompiledIndex {
  keys: readonly string[];
  /** The entry each key stands for. Equal keys (spellings shared by names) sit side by side. */
  owners: readonly TermEntry[];
  /** Keys whose first character is the ASCII code `c` are `keys[firstFrom[c]]` up to `keys[firstTo[c]]` (exclusive). */
  firstFrom: Int32Array;
  firstTo: Int32Array;
  /** The first word of every key (see `first-words.ts`): a word not among them starts no name. */
  firstWords: ReadonlySet<string>;
}

/** One name found in a block of text; `start`/`end` are offsets in that block's text. */
export interface Hit {
  start: number;
  end: number;
  entry: TermEntry;
}
