import { glossaryById, topicById } from './dataset';
import { helpFor } from './help';
import type { GlossaryEntry, HelpBlock, Language, Topic } from './types';

/**
 * All an in-page card needs, sent by the background so the content script carries no card text.
 * `words` are the card's interface words in its language (see `components/card-text.tsx`).
 */
export type CardData = (
  | { kind: 'topic'; topic: Topic; relatedTitles: Record<string, string> }
  | { kind: 'glossary'; entry: GlossaryEntry; topicTitle?: string }
) & { language: Language; help: HelpBlock; words?: Record<string, string> };

/** The message keys a card shows: its own words, the "Get help now" block's and the category names. */
export const CARD_WORD_PREFIXES = ['card_', 'help_', 'category_'] as const;

/**
 * The card for topic or glossary entry `id` in `language` (its English card where that language
 * has none yet), with the "Get help now" block for a reader whose browser languages are `locales`.
 */
export function cardData(id: string, locales: readonly string[], language: Language = 'en'): CardData | null {
  const help = helpFor(locales, language);
  const entry = glossaryById(id, language);
  if (entry) {
    const topicTitle = entry.topic ? topicById(entry.topic, language)?.title : undefined;
    return { kind: 'glossary', language, entry, ...(topicTitle ? { topicTitle } : {}), help };
  }
  const topic = topicById(id, language);
  if (!topic) return null;
  const relatedTitles = Object.fromEntries(
    topic.related.flatMap((other) => {
      const title = topicById(other, language)?.title;
      return title ? [[other, title]] : [];
    }),
  );
  return { kind: 'topic', language, topic, relatedTitles, help };
}
