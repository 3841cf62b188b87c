/**
 * A quick test run at every word of a page: could a name start here? Each key's first three
 * units (or the whole key, if shorter) are hashed into a 64 K table; a word whose first three
 * units, or first two or one followed by nothing, are not in it starts no name, and the
 * binary search is skipped. A collision only lets a word through to the full search.
 */

/** Marks the first three units of a key of three or more. */
export const FULL_START = 1;
/** Marks a whole key of one or two units. */
export const SHORT_KEY = 2;
/** Stands for "no more units" in a short key. */
export const END = 0;

export function startHash(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 0x9e3779b1) + b, 0x9e3779b1) + c) >>> 16;
}
