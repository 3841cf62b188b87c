import healthWords from '../../data/health-words.json';
import notTerms from '../../data/not-terms.json';
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
function isCapitalised(term: string): boolean {
  return term.length <= 5 && term === term.toUpperCase() && /[A-Z]/.test(term);
}

export function termEntries(
  topics: readonly TopicNames[],
  words: readonly string[] = healthWords.words,
  ignored: readonly string[] = notTerms.phrases,
): TermEntry[] {
  const entries: TermEntry[] = [];
  for (const topic of topics) {
    for (const text of topic.terms) entries.push({ text, topicId: topic.id, kind: 'term', caseSensitive: false });
    for (const text of topic.abbreviations) entries.push({ text, topicId: topic.id, kind: 'term', caseSensitive: true });
    for (const text of topic.contextTerms)
      entries.push({ text, topicId: topic.id, kind: 'context', caseSensitive: isCapitalised(text) });
  }
  for (const text of words) entries.push({ text, topicId: '', kind: 'health', caseSensitive: isCapitalised(text) });
  for (const text of ignored) entries.push({ text, topicId: '', kind: 'ignore', caseSensitive: false });
  return entries;
}
