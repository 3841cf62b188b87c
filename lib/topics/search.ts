import MiniSearch from 'minisearch';
import { withoutAccents } from '../matcher/variants';
import { namesOf } from './names';
import type { GlossaryEntry, ListItem, Topic } from './types';

interface SearchDoc {
  id: string;
  title: string;
  names: string;
  summary: string;
}

/** The same cards in another language: their titles and names find the cards shown. */
export interface OtherLanguage {
  topics: readonly Topic[];
  glossary: readonly GlossaryEntry[];
}

/** Lower case without accents, so "laminectomia" finds "Laminectomía" and "ciatica" finds "ciática". */
function searchForm(term: string): string {
  return withoutAccents(term.toLowerCase());
}

/**
 * Search over every topic and glossary word and their other names, forgiving the typos
 * patients make ("gabapentine", "lamenectomy"): MiniSearch with prefix and fuzzy matching. With
 * `other`, a card is also found by its names in the other language ("hernia de disco" finds the
 * herniated disc card in English, "sciatica" the Spanish card).
 */
export function createTopicSearch(
  topics: readonly Topic[],
  glossary: readonly GlossaryEntry[] = [],
  other?: OtherLanguage,
): (query: string) => ListItem[] {
  const items = new Map<string, ListItem>([
    ...topics.map((topic): [string, ListItem] => [topic.id, topic]),
    ...glossary.map((entry): [string, ListItem] => [entry.id, { id: entry.id, title: entry.title, category: 'glossary' }]),
  ]);
  const otherNames = new Map<string, string>(
    [...(other?.topics ?? []), ...(other?.glossary ?? [])].map((card) => [card.id, [card.title, ...namesOf(card)].join(' ')]),
  );
  const search = new MiniSearch<SearchDoc>({
    fields: ['title', 'names', 'summary'],
    storeFields: [],
    processTerm: (term) => searchForm(term),
    searchOptions: {
      boost: { title: 3, names: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.25 : term.length > 2 ? 0.15 : false),
      combineWith: 'AND',
      processTerm: (term) => searchForm(term),
    },
  });
  const names = (card: Topic | GlossaryEntry) => [...namesOf(card), otherNames.get(card.id) ?? ''].join(' ');
  search.addAll([
    ...topics.map((topic) => ({ id: topic.id, title: topic.title, names: names(topic), summary: topic.summary })),
    // A word's meaning counts for less than a topic's summary: topics come first for the same words.
    ...glossary.map((entry) => ({ id: entry.id, title: entry.title, names: names(entry), summary: '' })),
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
