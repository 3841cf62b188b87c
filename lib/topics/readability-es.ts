/**
 * Reading ease of Spanish text. `text-readability` is English-only and no maintained npm package
 * implements the Spanish formulas, so they are written here, with a rule-based syllable count.
 *
 * - Szigriszt-Pazos perspicuity (1993), read on the INFLESZ scale (Barrio-Cantalejo 2008):
 *   P = 206.835 − 62.3 × syllables/words − words/sentences. INFLESZ: < 40 very hard, 40–55
 *   somewhat hard, 55–65 normal, 65–80 fairly easy, > 80 very easy.
 * - Fernández-Huerta (1959), as corrected by Gwillim Law (2011): L = 206.84 − 60 × syllables/words
 *   − 1.02 × words/sentences (the original applied 1.02 to sentences per 100 words, a misprint).
 */

const STRONG = new Set('aeoáéó');
const ACCENTED_WEAK = new Set('íú');
const VOWELS = new Set('aeiouáéíóúü');

/** Words as a reader counts them: runs of letters (digits and symbols are not words). */
export function spanishWords(text: string): string[] {
  return text.toLowerCase().match(/[a-záéíóúüñ]+/g) ?? [];
}

/** Sentences end at . ! ? ; : or a line break (Fernández-Huerta counts the semicolon too). */
function spanishSentences(text: string): string[] {
  return text.split(/[.!?;:\n]+/).filter((part) => spanishWords(part).length > 0);
}

/**
 * Syllables of one lower-case word: one per vowel group, plus one for each hiatus inside a
 * group (two strong vowels, or a stressed í/ú next to another vowel). The u of que/qui and
 * gue/gui is silent; y is a vowel only at the end of a word after a consonant, or alone.
 */
export function spanishSyllables(word: string): number {
  const letters = [...word.toLowerCase()];
  const isVowel = (i: number): boolean => {
    const c = letters[i]!;
    if (
      c === 'u' &&
      (letters[i - 1] === 'q' || letters[i - 1] === 'g') &&
      (letters[i + 1] === 'e' || letters[i + 1] === 'i' || letters[i + 1] === 'é' || letters[i + 1] === 'í')
    )
      return false;
    if (c === 'y') return i === letters.length - 1 && (i === 0 || !VOWELS.has(letters[i - 1]!));
    return VOWELS.has(c);
  };
  let count = 0;
  let previous: string | null = null;
  for (let i = 0; i < letters.length; i++) {
    if (!isVowel(i)) {
      previous = null;
      continue;
    }
    const c = letters[i] === 'y' ? 'i' : letters[i]!;
    if (previous === null) count++;
    else if ((STRONG.has(previous) && STRONG.has(c)) || ACCENTED_WEAK.has(previous) || ACCENTED_WEAK.has(c)) count++;
    previous = c;
  }
  return Math.max(1, count);
}

export interface SpanishReadability {
  words: number;
  sentences: number;
  syllables: number;
  /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale. */
  inflesz: number;
  fernandezHuerta: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function spanishReadability(text: string): SpanishReadability {
  const words = spanishWords(text);
  const sentences = Math.max(1, spanishSentences(text).length);
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const perWord = words.length ? syllables / words.length : 0;
  const wordsPerSentence = words.length / sentences;
  return {
    words: words.length,
    sentences,
    syllables,
    inflesz: round(206.835 - 62.3 * perWord - wordsPerSentence),
    fernandezHuerta: round(206.84 - 60 * perWord - 1.02 * wordsPerSentence),
  };
}

/** The INFLESZ band a score falls in (Barrio-Cantalejo 2008). */
export function infleszBand(score: number): 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil' {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}
