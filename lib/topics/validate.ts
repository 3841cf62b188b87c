import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../data/topic.schema.json';
import { namesOf } from './names';
import { safetyProblems } from './safety-rules';
import type { Topic } from './types';

/** One topic file as read from disk: its name and parsed (or unparseable) content. */
export interface TopicFile {
  file: string;
  content: unknown;
}

const ajv = new Ajv({ allErrors: true });
const validateSchema = ajv.compile<Topic>(schema);

/** Problems of one JSON file in `data/` against its schema, each naming the file and the field. */
export function validateAgainst(schemaObject: object, file: string, content: unknown): string[] {
  const check = ajv.compile(schemaObject);
  return check(content) ? [] : (check.errors ?? []).map((error) => describe(file, error));
}

function describe(file: string, error: ErrorObject): string {
  const field = error.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(top level)';
  const detail = error.keyword === 'additionalProperties'
    ? `unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`
    : error.message ?? 'is invalid';
  return `${file}: ${field} ${detail}`;
}

/** Normalised form used to find a name claimed by two topics. */
function termKey(term: string): string {
  return term.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

/**
 * Checks every file against the schema, then the dataset as a whole: ids match file names and
 * are unique, every related id exists, and no name is claimed by two topics (the matcher could
 * not tell which card to open).
 */
export function validateTopicFiles(files: TopicFile[]): { topics: Topic[]; errors: string[] } {
  const errors: string[] = [];
  const topics: Topic[] = [];
  for (const { file, content } of files) {
    if (!validateSchema(content)) {
      errors.push(...(validateSchema.errors ?? []).map((error) => describe(file, error)));
      continue;
    }
    const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (content.id !== expectedId) errors.push(`${file}: id "${content.id}" does not match the file name`);
    errors.push(...safetyProblems(content).map((problem) => `${file}: ${problem}`));
    topics.push(content);
  }
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const topic of topics) {
    if (ids.has(topic.id)) errors.push(`${topic.id}: id used twice`);
    ids.add(topic.id);
    const names = namesOf(topic);
    for (const key of new Set(names.map(termKey))) {
      const owner = owners.get(key);
      if (owner && owner !== topic.id) errors.push(`${topic.id}: term "${key}" is also claimed by ${owner}`);
      else owners.set(key, topic.id);
    }
  }
  for (const topic of topics) {
    for (const id of topic.related) {
      if (!ids.has(id)) errors.push(`${topic.id}: related "${id}" is not a topic`);
      if (id === topic.id) errors.push(`${topic.id}: lists itself as related`);
    }
  }
  return { topics, errors };
}
