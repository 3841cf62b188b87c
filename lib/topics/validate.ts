import { Ajv, type ErrorObject } from 'ajv';
import glossarySchema from '../../data/glossary.schema.json';
import topicSchema from '../../data/topic.schema.json';
import vocabularySchema from '../../data/vocabulary.schema.json';
import { termVariants } from '../matcher/variants';
import { namesOf } from './names';
import { safetyProblems } from './safety-rules';
import { isCapitalised } from './term-entries';
import { WORD_LISTS } from './word-lists';
import type { GlossaryEntry, Language, Topic } from './types';

/** One JSON file of `data/` as read from disk: its name, and its content or why it could not be parsed. */
export interface DataFile {
  file: string;
  content?: unknown;
  /** The parser's message, with the line, when the file is not JSON. */
  parseError?: string;
}

interface Vocabulary {
  forms: Array<{ form: string; entry: string; kind: string; seen: Array<{ url: string }> }>;
}

const ajv = new Ajv({ allErrors: true });
const validateTopic = ajv.compile<Topic>(topicSchema);
const validateGlossary = ajv.compile<GlossaryEntry>(glossarySchema);
const validateVocabulary = ajv.compile<Vocabulary>(vocabularySchema);

/** Problems of one JSON file in `data/` against its schema, each naming the file and the field. */
export function validateAgainst(schemaObject: object, file: string, content: unknown): string[] {
  const id = (schemaObject as { $id?: string }).$id;
  const check = (id && ajv.getSchema(id)) || ajv.compile(schemaObject);
  return check(content) ? [] : (check.errors ?? []).map((error) => describe(file, error));
}

function describe(file: string, error: ErrorObject): string {
  const field = error.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(top level)';
  const detail =
    error.keyword === 'additionalProperties'
      ? `unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`
      : (error.message ?? 'is invalid');
  return `${file}: ${field} ${detail}`;
}

/** Parses `text` as JSON; a syntax error comes back as the parser's message with the line it is on. */
export function parseJsonFile(file: string, text: string): DataFile {
  try {
    return { file, content: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const line = Number.isNaN(position) ? Number(/line (\d+)/.exec(message)?.[1] ?? NaN) : text.slice(0, position).split('\n').length;
    return { file, parseError: Number.isNaN(line) ? message : `${message} (line ${line})` };
  }
}

/** Every spelling the matcher will look for under a name: its own variants, or the name itself if case-sensitive. */
function spellingsOf(entry: Topic | GlossaryEntry): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const name of entry.abbreviations) spellings.set(name.toLowerCase(), name);
  for (const name of namesOf(entry)) {
    if (entry.abbreviations.includes(name)) continue;
    const forms = isCapitalised(name) ? [name.toLowerCase()] : termVariants(name);
    for (const form of forms) spellings.set(form, name);
  }
  return spellings;
}

function checked<T extends { id: string }>(
  files: readonly DataFile[],
  validate: typeof validateTopic | typeof validateGlossary,
  errors: string[],
): Array<{ file: string; entry: T }> {
  const out: Array<{ file: string; entry: T }> = [];
  for (const { file, content, parseError } of files) {
    if (parseError !== undefined) {
      errors.push(`${file}: not valid JSON: ${parseError}`);
      continue;
    }
    if (!validate(content)) {
      errors.push(...(validate.errors ?? []).map((error) => describe(file, error)));
      continue;
    }
    const entry = content as unknown as T;
    const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (entry.id !== expectedId) errors.push(`${file}: id "${entry.id}" does not match the file name`);
    out.push({ file, entry });
  }
  return out;
}

export interface Dataset {
  language?: Language;
  topics: DataFile[];
  glossary?: DataFile[];
  vocabulary?: DataFile[];
  /** For a translation: the English dataset it must mirror, id for id and category for category. */
  english?: { topics: readonly Topic[]; glossary: readonly GlossaryEntry[] };
}

/** English safety lines speak to the reader the same way: "You take a blood thinner." */
function englishSafetyProblems(topic: Topic): string[] {
  const { checkFirst = [], before = [], afterwards = [], warningSigns = [] } = topic.safety;
  const lines = [...checkFirst.map((line) => line.text), ...before.map((line) => line.text), ...afterwards, ...warningSigns];
  return lines.filter((line) => !line.startsWith('You ')).map((line) => `safety line "${line.slice(0, 40)}…" must start with "You "`);
}

/**
 * Checks every file against its schema, then the dataset as a whole: ids match file names and
 * are unique across topics and glossary; related and linked ids exist; every misspelling was
 * seen on a real page (data/vocabulary/); and no spelling the matcher derives from a name is
 * claimed by two entries (the page could not tell which card to open).
 */
export function validateDataset(data: Dataset): { topics: Topic[]; glossary: GlossaryEntry[]; errors: string[] } {
  const errors: string[] = [];
  const language = data.language ?? 'en';
  const topicFiles = checked<Topic>(data.topics, validateTopic, errors);
  for (const { file, entry } of topicFiles) {
    errors.push(...safetyProblems(entry).map((problem) => `${file}: ${problem}`));
    if (language === 'en') errors.push(...englishSafetyProblems(entry).map((problem) => `${file}: ${problem}`));
  }
  const glossaryFiles = checked<GlossaryEntry>(data.glossary ?? [], validateGlossary, errors);
  const all = [...topicFiles, ...glossaryFiles];

  const fileOf = new Map<string, string>();
  for (const { file, entry } of all) {
    const other = fileOf.get(entry.id);
    if (other) errors.push(`${file}: id "${entry.id}" is also used by ${other}`);
    else fileOf.set(entry.id, file);
  }

  const owners = new Map<string, { file: string; name: string }>();
  const clashes = new Set<string>();
  for (const { file, entry } of all) {
    for (const [spelling, name] of spellingsOf(entry)) {
      const owner = owners.get(spelling);
      if (!owner) owners.set(spelling, { file, name });
      else if (owner.file !== file && !clashes.has(`${file}\u0000${name}\u0000${owner.name}`)) {
        clashes.add(`${file}\u0000${name}\u0000${owner.name}`);
        errors.push(`${file}: "${name}" is spelled "${spelling}" on a page, which ${owner.file} also claims (as "${owner.name}")`);
      }
    }
  }

  // A name that is also a word of the context lists would silently take that word's place.
  const listed = new Map<string, string>();
  for (const [list, words] of Object.entries(WORD_LISTS[language])) for (const word of words) listed.set(word.toLowerCase(), list);
  for (const { file, entry } of all) {
    for (const name of namesOf(entry)) {
      const list = listed.get(name.toLowerCase());
      if (list && list !== 'sentenceNames')
        errors.push(`${file}: "${name}" is also one of the ${list} (data/health-words.json or data/not-terms.json): keep one`);
    }
  }

  const topicIds = new Set(topicFiles.map(({ entry }) => entry.id));
  for (const { file, entry } of topicFiles) {
    for (const id of entry.related) {
      if (!topicIds.has(id)) errors.push(`${file}: related "${id}" is not a topic`);
      if (id === entry.id) errors.push(`${file}: lists itself as related`);
    }
  }
  for (const { file, entry } of glossaryFiles) {
    if (entry.topic && !topicIds.has(entry.topic)) errors.push(`${file}: topic "${entry.topic}" is not a topic`);
  }

  if (data.english) {
    const categories = new Map(data.english.topics.map((topic) => [topic.id, topic.category]));
    const glossaryIds = new Set(data.english.glossary.map((entry) => entry.id));
    for (const { file, entry } of topicFiles) {
      const category = categories.get(entry.id);
      if (!category) errors.push(`${file}: "${entry.id}" has no English topic to translate`);
      else if (category !== entry.category) errors.push(`${file}: category "${entry.category}" differs from the English "${category}"`);
    }
    for (const { file, entry } of glossaryFiles) {
      if (!glossaryIds.has(entry.id)) errors.push(`${file}: "${entry.id}" has no English glossary entry to translate`);
    }
  }

  const seen = new Set<string>();
  for (const { file, content, parseError } of data.vocabulary ?? []) {
    if (parseError !== undefined) errors.push(`${file}: not valid JSON: ${parseError}`);
    else if (!validateVocabulary(content)) errors.push(...(validateVocabulary.errors ?? []).map((error) => describe(file, error)));
    else for (const form of content.forms) if (form.kind === 'misspelling') seen.add(`${form.entry}\u0000${form.form.toLowerCase()}`);
  }
  for (const { file, entry } of all) {
    for (const misspelling of entry.misspellings ?? []) {
      if (!seen.has(`${entry.id}\u0000${misspelling.toLowerCase()}`))
        errors.push(`${file}: misspelling "${misspelling}" is not recorded in data/vocabulary/ as seen on a page`);
    }
  }
  return { topics: topicFiles.map(({ entry }) => entry), glossary: glossaryFiles.map(({ entry }) => entry), errors };
}

/** The topics alone (tests that check one file at a time). */
export function validateTopicFiles(files: DataFile[]): { topics: Topic[]; errors: string[] } {
  const { topics, errors } = validateDataset({ topics: files });
  return { topics, errors };
}
