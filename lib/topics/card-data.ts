import { topicById } from './dataset';
import { helpFor } from './help';
import type { HelpBlock, Topic } from './types';

/** All an in-page card needs, sent by the background so the content script carries no card text. */
export interface CardData {
  topic: Topic;
  relatedTitles: Record<string, string>;
  help: HelpBlock;
}

/** The card for topic `id`, with the "Get help now" block for a reader whose browser languages are `locales`. */
export function cardData(id: string, locales: readonly string[]): CardData | null {
  const topic = topicById(id);
  if (!topic) return null;
  const relatedTitles = Object.fromEntries(
    topic.related.flatMap((other) => {
      const title = topicById(other)?.title;
      return title ? [[other, title]] : [];
    }),
  );
  return { topic, relatedTitles, help: helpFor(locales) };
}
