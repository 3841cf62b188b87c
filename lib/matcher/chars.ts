/**
 * Character classes for matching, on UTF-16 code units so that offsets in the folded text are
 * the offsets in the page's text (String#toLowerCase can change the length: "İ" becomes two).
 */

/** The key of the trie edge that stands for any run of spaces and hyphens inside a term. */
export const SEPARATOR = 32;

/** 1 for ASCII letters and digits. */
const WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD[c] = 1;
for (let c = 65; c <= 90; c++) WORD[c] = 1;
for (let c = 97; c <= 122; c++) WORD[c] = 1;

/** Letters and digits; outside ASCII, anything but the punctuation and space blocks. */
export function isWordChar(code: number): boolean {
  if (code < 128) return WORD[code] === 1;
  if (code < 0xc0) return false; // Latin-1 punctuation, nbsp, ×
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: ’ – — …
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  return code !== 0xfeff && code !== 0xd7 && code !== 0xf7;
}

/** Whitespace and hyphen-like marks that may stand between the words of a term. */
export function isSeparator(code: number): boolean {
  return (
    code === 32 ||
    code === 45 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    (code >= 0x2010 && code <= 0x2013) ||
    code === 0x202f ||
    code === 0x2009
  );
}

/**
 * Latin-1 letters folded to lower case without their accent ("Inyección" and "inyeccion" are
 * one name: Spanish pages and forums often drop accents). Ñ folds to ñ, never to n ("año" is
 * not "ano"). Indexed by code − 0xC0.
 */
const LATIN1 = new Uint16Array(0x40);
for (let i = 0; i < 0x40; i++) LATIN1[i] = 0xc0 + i;
for (const [letters, base] of [
  ['àáâãäå', 'a'],
  ['èéêë', 'e'],
  ['ìíîï', 'i'],
  ['òóôõö', 'o'],
  ['ùúûü', 'u'],
  ['ç', 'c'],
  ['ýÿ', 'y'],
] as const) {
  for (const letter of letters) {
    LATIN1[letter.charCodeAt(0) - 0xc0] = base.charCodeAt(0);
    LATIN1[letter.toUpperCase().charCodeAt(0) - 0xc0] = base.charCodeAt(0);
  }
}
LATIN1[0xd1 - 0xc0] = 0xf1; // Ñ → ñ

/** Case folding (ASCII and Latin-1, accents dropped) plus the typographic apostrophe. */
export function foldChar(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code === 0x2019) return 39;
  if (code >= 0xc0 && code < 0x100 && code !== 0xd7 && code !== 0xf7) return LATIN1[code - 0xc0]!;
  return code;
}
