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
    // The start tables come computed from the build, not rebuilt on the page.
    expect(bundled.starts).toEqual(compiled.starts);
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
