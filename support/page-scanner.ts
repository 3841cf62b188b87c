/**
 * The content script's own extraction and matching, run in Node on saved HTML with linkedom:
 * `npm run scan` prints what it finds, and the labelled-pages unit test checks it.
 */
import { parseHTML } from 'linkedom';
import { compileIndex } from '../lib/matcher/compile';
import { type Found, scanNow } from '../lib/page/scan';
import { type TopicNames, termEntries } from '../lib/topics/term-entries';
import { WORD_LISTS } from '../lib/topics/word-lists';
import type { Language } from '../lib/topics/types';

export interface PageReport {
  file: string;
  matches: Array<{ text: string; topic: string; rule: string; context: string }>;
}

const RULES: Record<Found['kind'], string> = {
  term: 'name',
  context: 'everyday word, health text nearby',
  sentence: 'everyday word, health words in its own sentence',
  spine: 'name with another sense, spine words nearby',
  gloss: 'glossary word, health text nearby',
  health: 'health word',
  spineWord: 'spine word',
  otherSense: 'word of another sense',
  ignore: 'ignored phrase',
};

/** A scanner with the names of one language (`readNameSources(language)`) and that language's word lists. */
export function createPageScanner(topics: readonly TopicNames[], language: Language = 'en') {
  const index = compileIndex(termEntries(topics, WORD_LISTS[language]));
  return (html: string, file: string): PageReport => {
    const { document } = parseHTML(html);
    const root = document.body ?? document.documentElement;
    const found = root ? scanNow(root as unknown as Node, index) : [];
    return {
      file,
      matches: found.map((item) => ({
        text: item.text,
        topic: item.topicId,
        rule: RULES[item.kind],
        context: item.block.text
          .slice(Math.max(0, item.start - 40), item.end + 40)
          .replace(/\s+/g, ' ')
          .trim(),
      })),
    };
  };
}
