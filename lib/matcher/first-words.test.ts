import { describe, expect, it } from 'vitest';
import { foldChar, isWordChar } from './chars';
import { firstWordsOf, foldWord, mayStartWith, WORD_RUN } from './first-words';

const runsIn = (text: string) => [...text.matchAll(new RegExp(WORD_RUN))].map((match) => [match[0], match[1] !== undefined]);

describe('first words', () => {
  it('reads words with exactly the characters the matcher counts as word characters', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const run = new RegExp(WORD_RUN).exec(`.${String.fromCharCode(code)}.`);
      if ((run !== null) !== isWordChar(code)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('marks the words that need folding in script: any with a character outside ASCII', () => {
    expect(runsIn('Back pain, ciática, Ñandú—2024 über')).toEqual([
      ['Back', false],
      ['pain', false],
      ['ciática', true],
      ['Ñandú', true],
      ['2024', false],
      ['über', true],
    ]);
  });

  it('folds as the matcher folds each character', () => {
    expect(foldWord('INYECCIÓN')).toBe('inyeccion');
    expect(foldWord('Ñandú')).toBe('ñandu');
    expect([...foldWord('ÀÉÎÕÜÇ')].map((c) => c.charCodeAt(0))).toEqual([...'ÀÉÎÕÜÇ'].map((c) => foldChar(c.charCodeAt(0))));
  });

  it("takes each key's first run of word characters", () => {
    expect([...firstWordsOf("physical therapy\nphysiotherapy\nst. john's wort\ntylenol #3\ninyección epidural\nx ray")]).toEqual([
      'physical',
      'physiotherapy',
      'st',
      'tylenol',
      'inyección',
      'x',
    ]);
  });

  it('lets through a first word and its plurals, nothing else', () => {
    const words = new Set(['nsaid', 'brace', 'physical']);
    expect(['nsaid', 'nsaids', 'braces', 'physical', 'physicals'].every((word) => mayStartWith(words, word))).toBe(true);
    expect(['nsaidss', 'physic', 'the', 's', 'es'].some((word) => mayStartWith(words, word))).toBe(false);
  });
});
