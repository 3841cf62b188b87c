import { describe, expect, it } from 'vitest';
import { compileIndex, entriesAt } from '../matcher/compile';
import type { CompiledIndex } from '../matcher/types';
import { readTopicFiles } from '../../scripts/read-topic-files';
import { bundledTopicNames, bundledWordLists } from './bundled-names';
import { type TopicNames, termEntries } from './term-entries';
import { sourceWordLists } from './word-lists';

/** Every spelling stored in an index, with what it stands for. */
function spellingsOf(index: CompiledIndex): string[] {
  const found: string[] = [];
  const walk = (node: number, prefix: string) => {
    for (const entry of entriesAt(index, node) ?? []) found.push(`${prefix}=${entry.kind}:${entry.topicId}:${entry.caseSensitive}`);
    for (let child = index.firstChild[node]!; child !== 0; child = index.nextSibling[child]!) walk(child, prefix + String.fromCharCode(index.chars[child]!));
  };
  walk(0, '');
  return [...new Set(found)].sort();
}

describe('names bundled into the content script', () => {
  it('hold exactly the spellings the matcher derives from the data at run time', () => {
    const source = readTopicFiles().map((file) => file.content as TopicNames);
    const atRunTime = spellingsOf(compileIndex(termEntries(source, sourceWordLists)));
    const atBuildTime = spellingsOf(compileIndex(termEntries(bundledTopicNames(), bundledWordLists())));
    expect(atBuildTime.length).toBeGreaterThan(1000);
    expect(atBuildTime).toEqual(atRunTime);
  });
});
