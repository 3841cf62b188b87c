/**
 * Character classes for matching, on UTF-16 code units so that offsets in the folded text are
 * the offsets in the page's text (String#toLowerCase can change the length: "İ" becomes two).
 */

/** The key of the trie edge that stands for any run of spaces and hyphens inside a term. */
export const SEPARATOR = 32;

/** 1 for ASCII letters and digits: read directly in the matcher's inner loop. */
export const WORD = new Uint8Array(128);
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
    code === 32 || code === 45 || code === 9 || code === 10 || code === 13 || code === 0xa0 ||
    (code >= 0x2010 && code <= 0x2013) || code === 0x202f || code === 0x2009
  );
}

/** ASCII case folding plus the typographic apostrophe; other code units stay as they are. */
export function foldChar(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x2019) return 39;
  return code;
}
