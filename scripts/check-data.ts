/**
 * `npm run check:data`: validates every topic file and measures its reading level.
 * Prints a table and exits non-zero when any rule of data/README.md is broken.
 */
import { namesOf } from '../lib/topics/names';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHelpQuality, checkTopicQuality, LIMITS } from '../lib/topics/quality';
import type { HelpTier } from '../lib/topics/types';
import { validateAgainst, validateTopicFiles } from '../lib/topics/validate';
import { readTopicFiles } from './read-topic-files';

const DATA = join(import.meta.dirname, '..', 'data');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

const { topics, errors } = validateTopicFiles(readTopicFiles());
for (const [file, schema] of [
  ['get-help.json', 'get-help.schema.json'],
  ['emergency-numbers.json', 'emergency-numbers.schema.json'],
] as const) {
  errors.push(...validateAgainst(readJson(schema) as object, `data/${file}`, readJson(file)));
}
const help = readJson('get-help.json') as Record<'emergency' | 'urgent', HelpTier>;
errors.push(...checkHelpQuality([help.emergency, help.urgent]).map((problem) => `data/get-help.json: ${problem}`));
const reports = topics.map(checkTopicQuality);
const pad = (value: string | number, width: number) => String(value).padEnd(width);

console.log(`${pad('topic', 34)}${pad('summary', 9)}${pad('card', 7)}${pad('words', 7)}problems`);
for (const report of reports) {
  console.log(
    `${pad(report.id, 34)}${pad(report.summaryGrade, 9)}${pad(report.cardGrade, 7)}${pad(report.words, 7)}${report.problems.length ? report.problems.join('; ') : 'ok'}`,
  );
}
const termCount = topics.reduce((sum, topic) => sum + namesOf(topic).length, 0);
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  `\n${topics.length} topics, ${termCount} terms; median summary grade ${median(reports.map((r) => r.summaryGrade))}` +
    ` (max ${LIMITS.summaryGrade}), median card grade ${median(reports.map((r) => r.cardGrade))} (max ${LIMITS.cardGrade})`,
);
const failures = [...errors, ...reports.flatMap((r) => r.problems.map((p) => `${r.id}: ${p}`))];
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.join('\n')}`);
  process.exit(1);
}
