import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicNames } from '../lib/topics/term-entries';
import type { Language } from '../lib/topics/types';
import { type Dataset, type DataFile, parseJsonFile } from '../lib/topics/validate';
import { ROOT } from './paths';

export const DATA_DIR = join(ROOT, 'data');

/** Every JSON file of one folder of `data/`, parsed; a file that is not JSON keeps the parser's message and line. */
export function readDataFolder(folder: string): DataFile[] {
  const dir = join(DATA_DIR, folder);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseJsonFile(`data/${folder}/${name}`, readFileSync(join(dir, name), 'utf8')));
}

/** Topics, glossary entries and the vocabulary they are checked against, in one language (`data/` or `data/es/`). */
export function readDataset(language: Language = 'en'): Dataset {
  const prefix = language === 'en' ? '' : `${language}/`;
  return {
    language,
    topics: readDataFolder(`${prefix}topics`),
    glossary: readDataFolder(`${prefix}glossary`),
    vocabulary: readDataFolder(`${prefix}vocabulary`),
  };
}

/** What the matcher needs of every topic and glossary entry (glossary entries have the category "glossary"). */
export function readNameSources(language: Language = 'en'): TopicNames[] {
  const prefix = language === 'en' ? '' : `${language}/`;
  const topics = readDataFolder(`${prefix}topics`).map((file) => file.content as TopicNames);
  const glossary = readDataFolder(`${prefix}glossary`).map((file) => ({
    ...(file.content as Omit<TopicNames, 'category'>),
    category: 'glossary' as const,
  }));
  return [...topics, ...glossary];
}
