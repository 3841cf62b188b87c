import type { TermEntry } from '../matcher/types';
import type { Category } from './types';

/** What the matcher needs of a topic: its id, category and names. */
export interface TopicNames {
  id: string;
  category: Category;
  terms: string[];
  abbreviations: string[];
  contextTerms: string[];
}

/** A context term written in capitals (PT, CT) is matched in exactly that case. */
export function isCapitalised(term: string): boolean {
  return term.length <= 5 && term === term.toUpperCase() && /[A-Z]/.test(term);
}

/** Names that are not topics: words that tell a text is about health, phrases that are never a treatment. */
export interface WordLists {
  healthWords: readonly string[];
  notTerms: readonly string[];
}

export function termEntries(topics: readonly TopicNames[], lists: WordLists): TermEntry[] {
  const entries: TermEntry[] = [];
  for (const topic of topics) {
    for (const text of topic.terms) entries.push({ text, topicId: topic.id, kind: 'term', caseSensitive: false });
    for (const text of topic.abbreviations) entries.push({ text, topicId: topic.id, kind: 'term', caseSensitive: true });
    for (const text of topic.contextTerms)
      entries.push({ text, topicId: topic.id, kind: 'context', caseSensitive: isCapitalised(text) });
  }
  for (const text of lists.healthWords) entries.push({ text, topicId: '', kind: 'health', caseSensitive: isCapitalised(text) });
  for (const text of lists.notTerms) entries.push({ text, topicId: '', kind: 'ignore', caseSensitive: false });
  return entries;
}
