/**
 * `npm run check:data`: validates every file in data/ (English) and data/es/ (Spanish) against
 * its schema and the dataset rules, and measures reading ease with each language's formula.
 * Prints a table per language and exits non-zero when any rule of data/README.md or
 * data/es/README.md is broken.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namesOf } from '../../lib/topics/names';
import { checkGlossaryQuality, checkHelpQuality, checkTopicQuality, PROFILES, type QualityReport } from '../../lib/topics/quality';
import { type HelpTier, LANGUAGES } from '../../lib/topics/types';
import { validateAgainst, validateDataset } from '../../lib/topics/validate';
import { DATA_DIR, readDataset } from '../../support/read-topic-files';

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8'));
const pad = (value: string | number, width: number) => String(value).padEnd(width);
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const failures: string[] = [];

function printTable(rows: QualityReport[], first: string): void {
  console.log(`${pad(first, 34)}${pad('summary', 9)}${pad('card', 7)}${pad('words', 7)}problems`);
  for (const r of rows)
    console.log(
      `${pad(r.id, 34)}${pad(r.summaryGrade, 9)}${pad(r.cardGrade, 7)}${pad(r.words, 7)}${r.problems.length ? r.problems.join('; ') : 'ok'}`,
    );
}

const english = validateDataset(readDataset('en'));
for (const language of LANGUAGES) {
  const prefix = language === 'en' ? '' : `${language}/`;
  const { topics, glossary, errors } = language === 'en' ? english : validateDataset({ ...readDataset(language), english });
  for (const [file, schema] of [
    [`${prefix}get-help.json`, 'get-help.schema.json'],
    [`${prefix}emergency-numbers.json`, 'emergency-numbers.schema.json'],
    [`${prefix}health-words.json`, 'word-list.schema.json'],
    [`${prefix}not-terms.json`, 'word-list.schema.json'],
    [`${prefix}everyday-names.json`, 'word-list.schema.json'],
  ] as const) {
    errors.push(...validateAgainst(readJson(schema) as object, `data/${file}`, readJson(file)));
  }
  const help = readJson(`${prefix}get-help.json`) as Record<'emergency' | 'urgent', HelpTier>;
  errors.push(...checkHelpQuality([help.emergency, help.urgent], language).map((problem) => `data/${prefix}get-help.json: ${problem}`));
  if (language !== 'en') {
    const ids = new Set(topics.map((topic) => topic.id));
    const words = new Set(glossary.map((entry) => entry.id));
    const missing = [...english.topics.filter((t) => !ids.has(t.id)), ...english.glossary.filter((g) => !words.has(g.id))];
    errors.push(...missing.map((entry) => `data/${prefix}: no ${language} card for "${entry.id}"`));
  }

  const reports = topics.map((topic) => checkTopicQuality(topic, language));
  const glossaryReports = glossary.map((entry) => checkGlossaryQuality(entry, language));
  console.log(`\n== ${language} ==`);
  printTable(reports, 'topic');
  if (glossaryReports.length) printTable(glossaryReports, '\nglossary entry');
  const profile = PROFILES[language];
  const names = [...topics, ...glossary].reduce((sum, entry) => sum + namesOf(entry).length, 0);
  const limit = (value: number) => `${profile.easierIsHigher ? 'min' : 'max'} ${value}`;
  console.log(
    `\n${language}: ${topics.length} topics, ${glossary.length} glossary entries, ${names} names; median summary ${profile.scale} ${median(reports.map((r) => r.summaryGrade))}` +
      ` (${limit(profile.summary)}), median card ${profile.scale} ${median(reports.map((r) => r.cardGrade))} (${limit(profile.card)})` +
      (glossaryReports.length ? `, median glossary ${profile.scale} ${median(glossaryReports.map((r) => r.cardGrade))}` : ''),
  );
  failures.push(...errors, ...[...reports, ...glossaryReports].flatMap((r) => r.problems.map((p) => `${language}/${r.id}: ${p}`)));
}
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.join('\n')}`);
  process.exit(1);
}
