import healthWords from '../../data/health-words.json';
import type { TermEntry } from '../matcher/types';
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

export interface TopicNames {
  id: string;
  title: string;
  category: Category;
  terms: string[];
  abbreviations: string[];
  contextTerms: string[];
}

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

/** A context term written in capitals (PT, CT) is matched in exactly that case. */
function isCapitalised(term: string): boolean {
  return term.length <= 5 && term === term.toUpperCase() && /[A-Z]/.test(term);
}

export function termEntries(topics: readonly TopicNames[], words: readonly string[] = healthWords.words): TermEntry[] {
  const entries: TermEntry[] = [];
  for (const topic of topics) {
    for (const text of topic.terms) entries.push({ text, topicId: topic.id, kind: 'term', caseSensitive: false });
    for (const text of topic.abbreviations) entries.push({ text, topicId: topic.id, kind: 'term', caseSensitive: true });
    for (const text of topic.contextTerms)
      entries.push({ text, topicId: topic.id, kind: 'context', caseSensitive: isCapitalised(text) });
  }
  for (const text of words) entries.push({ text, topicId: '', kind: 'health', caseSensitive: isCapitalised(text) });
  return entries;
}
