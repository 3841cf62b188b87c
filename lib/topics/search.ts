import MiniSearch from 'minisearch';
import { namesOf } from './names';
import type { GlossaryEntry, ListItem, Topic } from './types';

interface SearchDoc {
  id: string;
  title: string;
  names: string;
  summary: string;
}

/**
 * Search over every topic and glossary word and their other names, forgiving the typos
 * patients make ("gabapentine", "lamenectomy"): MiniSearch with prefix and fuzzy matching.
 */
export function createTopicSearch(topics: readonly Topic[], glossary: readonly GlossaryEntry[] = []): (query: string) => ListItem[] {
  const items = new Map<string, ListItem>([
    ...topics.map((topic): [string, ListItem] => [topic.id, topic]),
    ...glossary.map((entry): [string, ListItem] => [entry.id, { id: entry.id, title: entry.title, category: 'glossary' }]),
  ]);
  const search = new MiniSearch<SearchDoc>({
    fields: ['title', 'names', 'summary'],
    storeFields: [],
    searchOptions: {
      boost: { title: 3, names: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.25 : term.length > 2 ? 0.15 : false),
      combineWith: 'AND',
    },
  });
  search.addAll([
    ...topics.map((topic) => ({ id: topic.id, title: topic.title, names: namesOf(topic).join(' '), summary: topic.summary })),
    // A word's meaning counts for less than a topic's summary: topics come first for the same words.
    ...glossary.map((entry) => ({ id: entry.id, title: entry.title, names: namesOf(entry).join(' '), summary: '' })),
  ]);
  return (query) => {
    const text = query.trim();
    if (!text) return [];
    return search
      .search(text)
      .map((result) => items.get(String(result.id)))
      .filter((item): item is ListItem => item !== undefined);
  };
}
