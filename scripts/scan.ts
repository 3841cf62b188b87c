/**
 * `npm run scan -- <file.html|folder> [--json]`: runs the content script's own extraction and
 * matching on saved pages, in Node with linkedom, and prints every match with its topic and
 * the rule that allowed it. Writers use it to find gaps and false alarms.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { compileIndex } from '../lib/matcher/compile';
import { type Found, scanNow } from '../lib/page/scan';
import { type TopicNames, termEntries } from '../lib/topics/term-entries';
import { WORD_LISTS } from '../lib/topics/word-lists';
import type { Language } from '../lib/topics/types';
import { readNameSources } from './read-topic-files';

export interface PageReport {
  file: string;
  matches: Array<{ text: string; topic: string; rule: string; context: string }>;
}

const RULES: Record<Found['kind'], string> = {
  term: 'name',
  context: 'everyday word, health text nearby',
  sentence: 'everyday word, health words in its own sentence',
  spine: 'name with another sense, spine words nearby',
  gloss: 'glossary word, health text nearby',
  health: 'health word',
  spineWord: 'spine word',
  otherSense: 'word of another sense',
  ignore: 'ignored phrase',
};

function htmlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.x?html?$/.test(name))
    .sort()
    .map((name) => join(path, name));
}

/** A scanner with the names of one language (`readNameSources(language)`) and that language's word lists. */
export function createPageScanner(topics: readonly TopicNames[], language: Language = 'en') {
  const index = compileIndex(termEntries(topics, WORD_LISTS[language]));
  return (html: string, file: string): PageReport => {
    const { document } = parseHTML(html);
    const root = document.body ?? document.documentElement;
    const found = root ? scanNow(root as unknown as Node, index) : [];
    return {
      file,
      matches: found.map((item) => ({
        text: item.text,
        topic: item.topicId,
        rule: RULES[item.kind],
        context: item.block.text
          .slice(Math.max(0, item.start - 40), item.end + 40)
          .replace(/\s+/g, ' ')
          .trim(),
      })),
    };
  };
}

function main(args: string[]): void {
  const json = args.includes('--json');
  const language: Language = args.includes('--es') ? 'es' : 'en';
  const paths = args.filter((arg) => !arg.startsWith('--'));
  if (paths.length === 0) {
    console.error('usage: npm run scan -- <file.html|folder> [--json] [--es]');
    process.exit(2);
  }
  const scan = createPageScanner(readNameSources(language), language);
  const reports = paths.flatMap(htmlFiles).map((file) => scan(readFileSync(file, 'utf8'), file));
  if (json) {
    console.log(JSON.stringify(reports, null, 2));
    return;
  }
  for (const report of reports) {
    console.log(`\n${basename(report.file)}: ${report.matches.length} match(es)`);
    for (const match of report.matches) console.log(`  ${match.text} → ${match.topic} [${match.rule}]  …${match.context}…`);
  }
  const total = reports.reduce((sum, report) => sum + report.matches.length, 0);
  console.log(`\n${reports.length} page(s), ${total} match(es)`);
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) main(process.argv.slice(2));
