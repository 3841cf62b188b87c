import { topicById } from './dataset';
import { glossaryById } from './glossary';
import { helpFor } from './help';
import type { GlossaryEntry, HelpBlock, Topic } from './types';

/** All an in-page card needs, sent by the background so the content script carries no card text. */
export type CardData =
  | { kind: 'topic'; topic: Topic; relatedTitles: Record<string, string>; help: HelpBlock }
  | { kind: 'glossary'; entry: GlossaryEntry; topicTitle?: string; help: HelpBlock };

/** The card for topic or glossary entry `id`, with the "Get help now" block for a reader whose browser languages are `locales`. */
export function cardData(id: string, locales: readonly string[]): CardData | null {
  const help = helpFor(locales);
  const entry = glossaryById(id);
  if (entry) {
    const topicTitle = entry.topic ? topicById(entry.topic)?.title : undefined;
    return { kind: 'glossary', entry, ...(topicTitle ? { topicTitle } : {}), help };
  }
  const topic = topicById(id);
  if (!topic) return null;
  const relatedTitles = Object.fromEntries(
    topic.related.flatMap((other) => {
      const title = topicById(other)?.title;
      return title ? [[other, title]] : [];
    }),
  );
  return { kind: 'topic', topic, relatedTitles, help };
}
