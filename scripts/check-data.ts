/**
 * `npm run check:data`: validates every file in data/ against its schema and the dataset rules,
 * and measures reading level. Prints a table and exits non-zero when any rule of data/README.md
 * is broken.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namesOf } from '../lib/topics/names';
import { checkGlossaryQuality, checkHelpQuality, checkTopicQuality, LIMITS, type QualityReport } from '../lib/topics/quality';
import type { HelpTier } from '../lib/topics/types';
import { validateAgainst, validateDataset } from '../lib/topics/validate';
import { DATA_DIR, readDataset } from './read-topic-files';

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8'));

const { topics, glossary, errors } = validateDataset(readDataset());
for (const [file, schema] of [
  ['get-help.json', 'get-help.schema.json'],
  ['emergency-numbers.json', 'emergency-numbers.schema.json'],
] as const) {
  errors.push(...validateAgainst(readJson(schema) as object, `data/${file}`, readJson(file)));
}
const help = readJson('get-help.json') as Record<'emergency' | 'urgent', HelpTier>;
errors.push(...checkHelpQuality([help.emergency, help.urgent]).map((problem) => `data/get-help.json: ${problem}`));

const reports = topics.map(checkTopicQuality);
const glossaryReports = glossary.map(checkGlossaryQuality);
const pad = (value: string | number, width: number) => String(value).padEnd(width);
const printTable = (rows: QualityReport[], first: string) => {
  console.log(`${pad(first, 34)}${pad('summary', 9)}${pad('card', 7)}${pad('words', 7)}problems`);
  for (const report of rows) {
    console.log(
      `${pad(report.id, 34)}${pad(report.summaryGrade, 9)}${pad(report.cardGrade, 7)}${pad(report.words, 7)}${report.problems.length ? report.problems.join('; ') : 'ok'}`,
    );
  }
};
printTable(reports, 'topic');
if (glossaryReports.length) printTable(glossaryReports, '\nglossary entry');

const nameCount = [...topics, ...glossary].reduce((sum, entry) => sum + namesOf(entry).length, 0);
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  `\n${topics.length} topics, ${glossary.length} glossary entries, ${nameCount} names; median summary grade ${median(reports.map((r) => r.summaryGrade))}` +
    ` (max ${LIMITS.summaryGrade}), median card grade ${median(reports.map((r) => r.cardGrade))} (max ${LIMITS.cardGrade})` +
    (glossaryReports.length ? `, median glossary grade ${median(glossaryReports.map((r) => r.cardGrade))}` : ''),
);
const failures = [
  ...errors,
  ...[...reports, ...glossaryReports].flatMap((r) => r.problems.map((p) => `${r.id}: ${p}`)),
];
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.join('\n')}`);
  process.exit(1);
}
