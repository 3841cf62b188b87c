import type { Plugin } from 'vite';
import { compileIndex } from '../lib/matcher/compile';
import { packIndex } from '../lib/matcher/packed';
import { termEntries, type TopicNames } from '../lib/topics/term-entries';
import type { BundledIndex } from '../lib/topics/bundled-index';
import { sourceWordLists } from '../lib/topics/word-lists';
import { join } from 'node:path';
import { DATA_DIR, readDataFolder, readNameSources } from './read-topic-files';

const ID = 'virtual:term-index';
const RESOLVED = `\0${ID}`;

/**
 * `virtual:term-index`: the matcher's index, compiled here at build time from `data/` (every
 * spelling derived, sorted), so that no page the reader opens spends time building it. The
 * content script carries only this: names, their topic and category, not the card text.
 */
export function termIndexPlugin(): Plugin {
  return {
    name: 'back-pain-explainer:term-index',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      // A change to any of these rebuilds the index (`npm start` reloads the extension).
      for (const folder of ['topics', 'glossary']) for (const file of readDataFolder(folder)) this.addWatchFile(join(DATA_DIR, '..', file.file));
      for (const name of ['health-words.json', 'not-terms.json', 'everyday-names.json']) this.addWatchFile(join(DATA_DIR, name));
      const topics = readNameSources();
      const bundled: BundledIndex = {
        index: packIndex(compileIndex(termEntries(topics, sourceWordLists))),
        categories: Object.fromEntries(topics.map((topic) => [topic.id, topic.category])),
      };
      // JSON.parse of a string literal loads faster than the same object literal (V8 parses JSON in one pass).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundled))});`;
    },
  };
}
