import type { TopicNames } from './term-entries';

/**
 * The names and titles of every topic, without the card text: this is all the content script
 * bundles. The `?topic-names` query (scripts/vite-topic-names.ts) keeps only those fields.
 */
const files = import.meta.glob<TopicNames>('../../data/topics/*.json', { eager: true, query: '?topic-names', import: 'default' });

export function bundledTopicNames(): TopicNames[] {
  return Object.values(files);
}
