import { topicById } from './dataset';
import { HELP } from './help';
import type { HelpBlock, Topic } from './types';

/** All an in-page card needs, sent by the background so the content script carries no card text. */
export interface CardData {
  topic: Topic;
  relatedTitles: Record<string, string>;
  help: HelpBlock;
}

export function cardData(id: string): CardData | null {
  const topic = topicById(id);
  if (!topic) return null;
  const relatedTitles = Object.fromEntries(
    topic.related.flatMap((other) => {
      const title = topicById(other)?.title;
      return title ? [[other, title]] : [];
    }),
  );
  return { topic, relatedTitles, help: HELP };
}
