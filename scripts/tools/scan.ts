/**
 * `npm run scan -- <file.html|folder> [--json]`: runs the content script's own extraction and
 * matching on saved pages, in Node with linkedom, and prints every match with its topic and
 * the rule that allowed it. Writers use it to find gaps and false alarms.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Language } from '../../lib/topics/types';
import { createPageScanner } from '../../support/page-scanner';
import { readNameSources } from '../../support/read-topic-files';

function htmlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.x?html?$/.test(name))
    .sort()
    .map((name) => join(path, name));
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
