import { describe, expect, it } from 'vitest';
import { compileIndex } from '../matcher/compile';
import { findHits } from '../matcher/match';
import type { CompiledIndex } from '../matcher/types';
import { readNameSources } from '../../support/read-topic-files';
import { bundledCategories, bundledIndex } from './bundled-index';
import { indexForLook, termEntries } from './term-entries';
import { sourceWordLists } from './word-lists';

/** Every spelling in an index, with what it stands for. */
function spellingsOf(index: CompiledIndex): string[] {
  return index.keys.map(
    (key, k) =>
      `${key}=${index.owners[k]!.kind}:${index.owners[k]!.topicId}:${index.owners[k]!.caseSensitive}:${index.owners[k]!.caseSensitive ? index.owners[k]!.text : ''}`,
  );
}

describe('the index bundled into the content script', () => {
  // The first stage's index: the treatments' names (the glossary comes with the second stage).
  const source = readNameSources().filter((entry) => entry.category !== 'glossary');

  it('is the index compiled from the data, spelling for spelling, in code-unit order', () => {
    const bundled = bundledIndex();
    expect(bundled.keys.length).toBeGreaterThan(1000);
    const compiled = indexForLook(compileIndex(termEntries(source, sourceWordLists)));
    expect(spellingsOf(bundled)).toEqual(spellingsOf(compiled));
    expect([...bundled.keys]).toEqual([...bundled.keys].sort());
    // The first words, derived on the page from the keys, are those of the compiled index; the start tables come from the build.
    expect(bundled.firstWords).toEqual(compiled.firstWords);
    expect(bundled.firstFrom).toEqual(compiled.firstFrom);
    expect(bundled.firstTo).toEqual(compiled.firstTo);
  });

  it('finds every spelling it holds, standing alone or inside a sentence (the quick start test lets each through)', () => {
    const index = bundledIndex();
    const missed = index.keys.filter((key, k) => {
      const owner = index.owners[k]!;
      const name = owner.caseSensitive ? owner.text : key;
      const hyphenated = name.replaceAll(' ', '-');
      const found = (text: string, as: string) => findHits(text, index).some((hit) => text.slice(hit.start, hit.end) === as);
      return !found(name, name) || !found(`Ask about ${name}, today.`, name) || !found(`(${hyphenated})`, hyphenated);
    });
    expect(missed).toEqual([]);
  });

  it('finds on mixed text exactly what a search at every word finds: the first-word test drops no name', () => {
    const index = bundledIndex();
    const everyWord = { ...index, firstWords: { has: () => true } as unknown as ReadonlySet<string> };
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const filler = ['the', 'Back', 'pain', 'and', 'of', 'therapy', 'Ñandú', 'théorie', '—', 'x', 'es', 's', '2024', 'über'];
    const changes = [
      (w: string) => w,
      (w: string) => w.toUpperCase(),
      (w: string) => `${w}s`,
      (w: string) => `${w}es`,
      (w: string) => w.replaceAll(' ', '-'),
    ];
    for (let page = 0; page < 200; page++) {
      const words: string[] = [];
      for (let w = 0; w < 40; w++) {
        const word = random(3) ? filler[random(filler.length)]! : index.keys[random(index.keys.length)]!;
        words.push(changes[random(changes.length)]!(word));
      }
      const text = words.join(random(2) ? ' ' : ', ');
      expect(findHits(text, index)).toEqual(findHits(text, everyWord));
    }
  });

  it('knows the category of every topic', () => {
    const categories = bundledCategories();
    const all = readNameSources();
    expect(categories.size).toBe(all.length);
    for (const topic of all) expect(categories.get(topic.id)).toBe(topic.category);
  });

  it('finds the same names after loading as when compiled in place, by kind', () => {
    const text = 'After a laminectomy she took gabapentin and NSAIDs; heat and PT helped her back pain.';
    const names = (index: CompiledIndex) => findHits(text, index).map((hit) => `${text.slice(hit.start, hit.end)}=${hit.entry.kind}`);
    expect(names(bundledIndex())).toEqual(names(compileIndex(termEntries(source, sourceWordLists))));
    expect(names(bundledIndex())).toContain('laminectomy=term');
  });
});
