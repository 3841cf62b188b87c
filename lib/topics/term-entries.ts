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
  /**
   * True when `terms` and the lower-case `contextTerms` are already every spelling the matcher
   * accepts (done at build time, see scripts/vite-topic-names.ts), so the page need not derive them.
   */
  expanded?: boolean;
}

/** A context term written in capitals (PT, CT) is matched in exactly that case. */
export function isCapitalised(term: string): boolean {
  return term.length <= 5 && term === term.toUpperCase() && /[A-Z]/.test(term);
}

export function termEntries(
  topics: readonly TopicNames[],
  words: readonly string[] = healthWords.words,
  ignored: readonly string[] = notTerms.phrases,
): TermEntry[] {
  const entries: TermEntry[] = [];
  for (const topic of topics) {
    const expanded = topic.expanded === true;
    for (const text of topic.terms) entries.push({ text, topicId: topic.id, kind: 'term', caseSensitive: false, expanded });
    for (const text of topic.abbreviations) entries.push({ text, topicId: topic.id, kind: 'term', caseSensitive: true });
    for (const text of topic.contextTerms)
      entries.push({ text, topicId: topic.id, kind: 'context', caseSensitive: isCapitalised(text), expanded });
  }
  for (const text of words) entries.push({ text, topicId: '', kind: 'health', caseSensitive: isCapitalised(text) });
  for (const text of ignored) entries.push({ text, topicId: '', kind: 'ignore', caseSensitive: false });
  return entries;
}
