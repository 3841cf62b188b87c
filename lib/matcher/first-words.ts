import { foldChar } from './chars';

/**
 * A quick test run at every word of a page: could a name start with this word? The index holds
 * every key's first word (its first run of word characters, as the matcher reads words); a
 * word of the page, or the word without a plural "s" or "es", that is not among them starts no
 * name, and the search of the keys is skipped. Most words of a page ("the", "said", "because")
 * start no name, nor do most words that merely begin like one ("theory" like "therapy").
 *
 * The words are read by the browser's regular expression engine and looked up in a native
 * `Set`, not character by character in script: the quick look runs once on every page, in
 * code the JIT has not compiled yet, where each step of a loop over characters costs the most.
 */

/** The characters `isWordChar` accepts, as a class of a regular expression (a unit test holds the two equal for every code unit). */
const WORD_CHARS = '0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2070-\\u2fff\\u3040-\\ufefe\\uff00-\\uffff';

/**
 * A run of word characters; group 1 is set where the run is not all ASCII letters and digits,
 * and must be folded in script (accents, `foldChar`).
 */
export const WORD_RUN = new RegExp(`[0-9A-Za-z]+(?![${WORD_CHARS}])|([${WORD_CHARS}]+)`, 'g');

/** The first run of word characters of each line. */
const FIRST_WORD_OF_LINE = new RegExp(`^[${WORD_CHARS}]+`, 'gm');

/**
 * The first words of keys (folded already) joined by line breaks, in one native pass: the
 * first stage derives them from its keys on each page rather than carry them (2 KB gzipped).
 */
export function firstWordsOf(keys: string): Set<string> {
  return new Set(keys.match(FIRST_WORD_OF_LINE));
}

/** A word as the keys are written: folded as the matcher folds each unit. */
export function foldWord(word: string): string {
  let folded = '';
  for (let i = 0; i < word.length; i++) folded += String.fromCharCode(foldChar(word.charCodeAt(i)));
  return folded;
}

/** Whether a name may start with `word` (folded): the word itself, or without a plural ending, is a first word. */
export function mayStartWith(firstWords: ReadonlySet<string>, word: string): boolean {
  if (firstWords.has(word)) return true;
  if (!word.endsWith('s')) return false;
  return firstWords.has(word.slice(0, -1)) || (word.endsWith('es') && firstWords.has(word.slice(0, -2)));
}
