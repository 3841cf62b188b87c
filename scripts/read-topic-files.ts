import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicFile } from '../lib/topics/validate';

export const TOPICS_DIR = join(import.meta.dirname, '..', 'data', 'topics');

/** Reads every topic file; a file that is not JSON is kept with its parse error as content. */
export function readTopicFiles(dir = TOPICS_DIR): TopicFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `data/topics/${name}`;
      try {
        return { file, content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown };
      } catch (error) {
        return { file, content: { parseError: String(error) } };
      }
    });
}
