import { describe, expect, it } from 'vitest';
import { infleszBand, spanishReadability, spanishSyllables } from './readability-es';

describe('Spanish syllables', () => {
  it('counts vowel groups, diphthongs, triphthongs and hiatus as a Spanish speaker divides them', () => {
    const cases: Array<[string, number]> = [
      ['gato', 2], // ga-to
      ['columna', 3], // co-lum-na
      ['ciática', 3], // ciá-ti-ca: ia is a diphthong
      ['dolor', 2],
      ['espalda', 3],
      ['infiltración', 4], // in-fil-tra-ción
      ['inyección', 3], // in-yec-ción: y before a vowel is a consonant
      ['médula', 3],
      ['día', 2], // dí-a: stressed í breaks the diphthong
      ['río', 2],
      ['leer', 2], // le-er: two strong vowels
      ['poeta', 3], // po-e-ta
      ['buey', 1], // triphthong ending in y
      ['muy', 1],
      ['hoy', 1],
      ['y', 1],
      ['que', 1], // silent u
      ['guitarra', 3], // gui-ta-rra
      ['pingüino', 3], // pin-güi-no
      ['ciudad', 2], // ciu-dad
      ['averiguáis', 4], // a-ve-ri-guáis: uái triphthong
      ['fisioterapia', 5], // fi-sio-te-ra-pia
      ['hernia', 2], // her-nia
      ['ibuprofeno', 5],
      ['paracetamol', 5],
    ];
    for (const [word, syllables] of cases) expect(spanishSyllables(word), word).toBe(syllables);
  });
});

describe('Spanish reading ease', () => {
  // Worked by hand: 4 words, 8 syllables (el · ga-to · co-me · pes-ca-do), 1 sentence.
  it('applies the Szigriszt-Pazos (INFLESZ) and corrected Fernández-Huerta formulas', () => {
    const score = spanishReadability('El gato come pescado.');
    expect(score).toMatchObject({ words: 4, syllables: 8, sentences: 1 });
    expect(score.inflesz).toBeCloseTo(206.835 - 62.3 * 2 - 4, 1); // 78.2
    expect(score.fernandezHuerta).toBeCloseTo(206.84 - 60 * 2 - 1.02 * 4, 1); // 82.8
  });

  // Two sentences, 10 words, 22 syllables:
  // la (1) es-pal-da (3) due-le (2) mu-cho (2) · el (1) mé-di-co (3) pi-de (2) u-na (2) ra-dio-gra-fí-a (5) hoy (1)
  it('counts sentences at full stops and question marks, and words across them', () => {
    const score = spanishReadability('La espalda duele mucho. ¿El médico pide una radiografía hoy?');
    expect(score).toMatchObject({ words: 10, sentences: 2, syllables: 22 });
    expect(score.inflesz).toBeCloseTo(206.835 - 62.3 * 2.2 - 5, 1);
  });

  it('places plain patient text and dense clinical text in the bands the INFLESZ scale gives them', () => {
    const plain = spanishReadability('Es un medicamento para el dolor. Se toma por la boca. Puede dar sueño.');
    const dense = spanishReadability(
      'La infiltración epidural transforaminal de corticosteroides constituye una intervención intervencionista indicada en radiculopatías compresivas refractarias al tratamiento conservador.',
    );
    expect(infleszBand(plain.inflesz)).toMatch(/fácil/);
    expect(infleszBand(dense.inflesz)).toBe('muy difícil');
  });
});
