/**
 * `npm run bench:matcher`: matcher speed in Node with tinybench. Prints a table; never fails.
 * - throughput on 1 MB of text with the real dataset and with 10,000 synthetic extra names;
 * - time to build the index for the real dataset.
 */
import { Bench } from 'tinybench';
import { compileIndex } from '../../lib/matcher/compile';
import { findHits } from '../../lib/matcher/match';
import type { TermEntry } from '../../lib/matcher/types';
import { termEntries } from '../../lib/topics/term-entries';
import { sourceWordLists } from '../../lib/topics/word-lists';
import { readNameSources } from '../../support/read-topic-files';

const realEntries = termEntries(readNameSources(), sourceWordLists);

/** 1 MB of prose: everyday sentences with a treatment name now and then. */
function megabyteOfText(): string {
  const sentences = [
    'The committee met on Tuesday to discuss the budget for the coming year and the new library.',
    'Many people with back pain try physical therapy before they think about surgery.',
    'Heat the oven, then rest the dough for an hour while the kitchen cools down.',
    'Researchers compared gabapentin with a placebo in adults with sciatica.',
    'The stadium was full, and fans cheered as the team scored in the final minute.',
    'An epidural steroid injection may calm an irritated nerve root for a few weeks.',
    'Prices of energy rose again as the winter set in across the northern states.',
  ];
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += `${sentences[i % sentences.length]} `;
  return text.slice(0, 1_000_000);
}

/** Names that look like real words: lower-case syllables, one to three words. */
function syntheticEntries(count: number): TermEntry[] {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'tar', 'vo', 'sil', 'pen', 'dra', 'qu', 'ex', 'zor', 'bel', 'fin', 'gra'];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  return Array.from({ length: count }, (_, i) => ({
    text: Array.from({ length: 1 + (i % 3) }, word).join(' '),
    topicId: `synthetic-${i}`,
    kind: 'term' as const,
    caseSensitive: false,
  }));
}

const text = megabyteOfText();
const realIndex = compileIndex(realEntries);
const bigIndex = compileIndex([...realEntries, ...syntheticEntries(10_000)]);

const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('match 1 MB, real names', () => void findHits(text, realIndex))
  .add('match 1 MB, real + 10,000 synthetic names', () => void findHits(text, bigIndex))
  .add('build index, real names', () => void compileIndex(realEntries));
await bench.run();

const megabytes = text.length / 1_000_000;
const rows = bench.tasks.map((task) => {
  const ms = task.result && 'latency' in task.result ? (task.result.latency.p50 ?? task.result.latency.mean) : NaN;
  return { task: task.name, 'median ms': ms.toFixed(2), 'MB/s': task.name.startsWith('match') ? (megabytes / (ms / 1000)).toFixed(0) : '' };
});
console.table(rows);
console.log(`${realEntries.length} real names (${realIndex.keys.length} spellings); hits in 1 MB: ${findHits(text, realIndex).length}`);
