import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { termVariants } from '../lib/matcher/variants';
import { isCapitalised, type TopicNames, type WordLists } from '../lib/topics/term-entries';

const TOPIC_QUERY = '?topic-names';
const WORDS_QUERY = '?spellings';

/** Every spelling of names matched in any case; names written in capitals stay as they are. */
function spellings(names: readonly string[]): string[] {
  return [...names.filter(isCapitalised), ...new Set(names.filter((name) => !isCapitalised(name)).flatMap(termVariants))];
}

/** Every spelling of the names, derived here once instead of on every page the reader opens. */
function expandedNames(topic: TopicNames): TopicNames {
  return {
    id: topic.id,
    category: topic.category,
    terms: [...new Set(topic.terms.flatMap(termVariants))],
    abbreviations: topic.abbreviations,
    contextTerms: spellings(topic.contextTerms),
    expanded: true,
  };
}

function readJson(id: string, query: string): unknown {
  return JSON.parse(readFileSync(id.slice(0, -query.length), 'utf8'));
}

/**
 * Lets the content script load names in the form the matcher uses, derived at build time:
 * - `import.meta.glob('…/topics/*.json', { query: '?topic-names' })` loads only the fields the
 *   matcher needs from each topic, so the content script does not carry the card text;
 * - `health-words.json?spellings` and `not-terms.json?spellings` load a `WordLists` half with
 *   every spelling already derived.
 */
export function topicNamesPlugin(): Plugin {
  return {
    name: 'back-pain-explainer:topic-names',
    enforce: 'pre',
    load(id) {
      if (id.endsWith(TOPIC_QUERY)) return `export default ${JSON.stringify(expandedNames(readJson(id, TOPIC_QUERY) as TopicNames))};`;
      if (!id.endsWith(WORDS_QUERY)) return null;
      const file = readJson(id, WORDS_QUERY) as { words?: string[]; phrases?: string[] };
      const lists: Partial<WordLists> = file.words ? { healthWords: spellings(file.words) } : { notTerms: spellings(file.phrases ?? []) };
      return `export default ${JSON.stringify(lists)};`;
    },
  };
}
