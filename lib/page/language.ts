import type { Language } from '../topics/types';

/**
 * Which language a page is written in, for the names it is matched against. `<html lang>`
 * first; where it is missing, or says English while the title reads as Spanish (sites built on
 * an English template), a cheap count of the most common function words in some of its text.
 */

/** Words that make up much of any Spanish or English text, and little of the other's. */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  es: new Set([
    'el',
    'la',
    'los',
    'las',
    'de',
    'del',
    'que',
    'y',
    'en',
    'por',
    'para',
    'con',
    'una',
    'es',
    'se',
    'no',
    'lo',
    'como',
    'más',
    'pero',
    'su',
    'al',
    'le',
    'muy',
    'sin',
    'sobre',
    'también',
    'puede',
    'cuando',
    'dolor',
  ]),
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'for',
    'with',
    'it',
    'on',
    'are',
    'you',
    'this',
    'be',
    'as',
    'your',
    'or',
    'can',
    'was',
    'have',
    'from',
    'by',
    'not',
    'but',
    'what',
    'when',
    'pain',
  ]),
};

/** Characters only Spanish of the two uses. */
const SPANISH_ONLY = /[ñ¿¡áéíóú]/i;

/** The language of a text by its function words, or null when it gives too little to tell. */
export function languageOfText(text: string): Language | null {
  const counts: Record<Language, number> = { en: 0, es: 0 };
  for (const word of text.toLowerCase().match(/[a-záéíóúüñ]+/g) ?? []) {
    if (FUNCTION_WORDS.es.has(word)) counts.es++;
    if (FUNCTION_WORDS.en.has(word)) counts.en++;
  }
  if (counts.es + counts.en < 3) return SPANISH_ONLY.test(text) && counts.en === 0 ? 'es' : null;
  return counts.es > counts.en ? 'es' : 'en';
}

/** The primary language of a `lang` attribute we have cards in, else null. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary === 'es' || primary === 'en' ? primary : null;
}

/** Up to `limit` characters of a page's text, read from its first text nodes (no layout, no full copy). */
function sampleText(root: Node, limit = 2000): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT') text += ` ${node.nodeValue}`;
  }
  return text;
}

/**
 * The page's language: its `lang` when that is one we have cards in and the title does not
 * contradict it; otherwise what its title and first text read as; English when nothing tells
 * or the page declares a language we have no cards in.
 */
export function pageLanguage(doc: Document): Language {
  const tag = doc.documentElement?.getAttribute('lang')?.trim();
  const declared = languageOfTag(tag);
  // A page in another language (fr, de …) keeps the English names: we have no cards for it.
  if (tag && !declared) return 'en';
  const title = languageOfText(doc.title);
  if (declared && (title === null || title === declared)) return declared;
  return languageOfText(`${doc.title} ${sampleText(doc.body ?? doc.documentElement)}`) ?? declared ?? 'en';
}
