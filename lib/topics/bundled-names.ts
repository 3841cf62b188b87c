import healthWords from '../../data/health-words.json?spellings';
import notTerms from '../../data/not-terms.json?spellings';
import type { TopicNames, WordLists } from './term-entries';

/**
 * The names and titles of every topic, without the card text: this is all the content script
 * bundles. The `?topic-names` query (scripts/vite-topic-names.ts) keeps only those fields.
 */
const files = import.meta.glob<TopicNames>('../../data/topics/*.json', { eager: true, query: '?topic-names', import: 'default' });

export function bundledTopicNames(): TopicNames[] {
  return Object.values(files);
}

/** The health words and never-a-treatment phrases, every spelling derived at build time (`?spellings`). */
export function bundledWordLists(): WordLists {
  return { healthWords: healthWords.healthWords ?? [], notTerms: notTerms.notTerms ?? [], expanded: true };
}
