import MiniSearch from 'minisearch';
import { namesOf } from './names';
import type { Topic } from './types';

interface SearchDoc {
  id: string;
  title: string;
  names: string;
  summary: string;
}

/**
 * Search over every topic and its other names, forgiving the typos patients make
 * ("gabapentine", "lamenectomy"): MiniSearch with prefix and fuzzy matching.
 */
export function createTopicSearch(topics: readonly Topic[]): (query: string) => Topic[] {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
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
  search.addAll(
    topics.map((topic) => ({
      id: topic.id,
      title: topic.title,
      names: namesOf(topic).join(' '),
      summary: topic.summary,
    })),
  );
  return (query) => {
    const text = query.trim();
    if (!text) return [];
    return search
      .search(text)
      .map((result) => byId.get(String(result.id)))
      .filter((topic): topic is Topic => topic !== undefined);
  };
}
