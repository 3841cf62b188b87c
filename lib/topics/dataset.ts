import type { GlossaryEntry, Language, Topic } from './types';

/**
 * Every topic and glossary entry of each language, with its card text. Bundled by the popup and
 * the background, not the content script. A Spanish card has the same id as its English one.
 */
const files = {
  en: {
    topics: import.meta.glob<Topic>('../../data/topics/*.json', { eager: true, import: 'default' }),
    glossary: import.meta.glob<GlossaryEntry>('../../data/glossary/*.json', { eager: true, import: 'default' }),
  },
  es: {
    topics: import.meta.glob<Topic>('../../data/es/topics/*.json', { eager: true, import: 'default' }),
    glossary: import.meta.glob<GlossaryEntry>('../../data/es/glossary/*.json', { eager: true, import: 'default' }),
  },
} satisfies Record<Language, unknown>;

interface Cards<T extends { id: string; title: string }> {
  all: T[];
  byId: Map<string, T>;
}

const cache = new Map<string, Cards<{ id: string; title: string }>>();

function cards<T extends { id: string; title: string }>(key: string, load: () => Record<string, T>, language: Language): Cards<T> {
  let found = cache.get(key) as Cards<T> | undefined;
  if (!found) {
    const all = Object.values(load()).sort((a, b) => a.title.localeCompare(b.title, language));
    found = { all, byId: new Map(all.map((card) => [card.id, card])) };
    cache.set(key, found as Cards<{ id: string; title: string }>);
  }
  return found;
}

export function allTopics(language: Language = 'en'): Topic[] {
  return cards(`${language}:topics`, () => files[language].topics, language).all;
}

/** A topic in `language`, or its English card where that language has none yet. */
export function topicById(id: string, language: Language = 'en'): Topic | undefined {
  return (
    cards(`${language}:topics`, () => files[language].topics, language).byId.get(id) ?? (language === 'en' ? undefined : topicById(id))
  );
}

export function allGlossary(language: Language = 'en'): GlossaryEntry[] {
  return cards(`${language}:glossary`, () => files[language].glossary, language).all;
}

/** A glossary entry in `language`, or its English one where that language has none yet. */
export function glossaryById(id: string, language: Language = 'en'): GlossaryEntry | undefined {
  return (
    cards(`${language}:glossary`, () => files[language].glossary, language).byId.get(id) ??
    (language === 'en' ? undefined : glossaryById(id))
  );
}
