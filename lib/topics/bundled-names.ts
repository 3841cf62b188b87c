import type { TopicNames } from './term-entries';
import type { Category } from './types';

/**
 * The names and titles of every topic, without the card text: this is all the content script bundles.
 * One glob per field lets the bundler drop the rest of each JSON file.
 */
const ids = import.meta.glob<string>('../../data/topics/*.json', { eager: true, import: 'id' });
const titles = import.meta.glob<string>('../../data/topics/*.json', { eager: true, import: 'title' });
const categories = import.meta.glob<Category>('../../data/topics/*.json', { eager: true, import: 'category' });
const terms = import.meta.glob<string[]>('../../data/topics/*.json', { eager: true, import: 'terms' });
const abbreviations = import.meta.glob<string[]>('../../data/topics/*.json', { eager: true, import: 'abbreviations' });
const contextTerms = import.meta.glob<string[]>('../../data/topics/*.json', { eager: true, import: 'contextTerms' });

export function bundledTopicNames(): TopicNames[] {
  return Object.keys(ids).map((path) => ({
    id: ids[path]!,
    title: titles[path]!,
    category: categories[path]!,
    terms: terms[path]!,
    abbreviations: abbreviations[path]!,
    contextTerms: contextTerms[path]!,
  }));
}

