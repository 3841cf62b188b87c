import type { Topic } from './types';

/** Every topic, with its card text. Bundled by the popup and the background, not the content script. */
const files = import.meta.glob<Topic>('../../data/topics/*.json', { eager: true, import: 'default' });

let topics: Topic[] | undefined;
let byId: Map<string, Topic> | undefined;

export function allTopics(): Topic[] {
  topics ??= Object.values(files).sort((a, b) => a.title.localeCompare(b.title));
  return topics;
}

export function topicById(id: string): Topic | undefined {
  byId ??= new Map(allTopics().map((topic) => [topic.id, topic]));
  return byId.get(id);
}
