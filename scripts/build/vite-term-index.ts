import type { Plugin } from 'vite';
import { compileIndex } from '../../lib/matcher/compile';
import { packIndex } from '../../lib/matcher/packed';
import { indexForLook, termEntries } from '../../lib/topics/term-entries';
import type { CompiledIndex } from '../../lib/matcher/types';
import { sourceWordLists, WORD_LISTS } from '../../lib/topics/word-lists';
import { join } from 'node:path';
import { DATA_DIR, readDataFolder, readNameSources } from '../../support/read-topic-files';

const INDEX = 'virtual:term-index';
const SPANISH_INDEX = 'virtual:term-index-es';
const FULL_INDEX = 'virtual:term-index-full';
const CATEGORIES = 'virtual:topic-categories';

/**
 * `virtual:term-index`: the matcher's index, compiled here at build time from `data/` (every
 * spelling derived, sorted) and packed into a few strings, so that no page the reader opens
 * spends time building it; `virtual:topic-categories`: each topic's category. The content
 * script carries only these: names, their topic and category, not the card text.
 */
export function termIndexPlugin(): Plugin {
  return {
    name: 'back-pain-explainer:term-index',
    resolveId: (id) => ([INDEX, FULL_INDEX, SPANISH_INDEX, CATEGORIES].includes(id) ? `\0${id}` : null),
    load(id) {
      if (![INDEX, FULL_INDEX, SPANISH_INDEX, CATEGORIES].some((name) => id === `\0${name}`)) return null;
      // A change to any of these rebuilds the index (`npm start` reloads the extension).
      for (const folder of ['topics', 'glossary', 'es/topics', 'es/glossary'])
        for (const file of readDataFolder(folder)) this.addWatchFile(join(DATA_DIR, '..', file.file));
      for (const name of ['health-words.json', 'not-terms.json', 'everyday-names.json'])
        for (const dir of ['', 'es/']) this.addWatchFile(join(DATA_DIR, dir + name));
      if (id === `\0${SPANISH_INDEX}`)
        return `export default ${JSON.stringify(packIndex(compileIndex(termEntries(readNameSources('es'), WORD_LISTS.es))))};`;
      const topics = readNameSources();
      // Object literals of strings: the strings are the script's own constants, with nothing to build.
      if (id === `\0${CATEGORIES}`)
        return `export default ${JSON.stringify(Object.fromEntries(topics.map((topic) => [topic.id, topic.category])))};`;
      const pack = (index: CompiledIndex) => `export default ${JSON.stringify(packIndex(index))};`;
      if (id === `\0${FULL_INDEX}`) return pack(compileIndex(termEntries(topics, sourceWordLists)));
      // The first stage looks with the treatments' names only, and only by kind (see `indexForLook`);
      // the second stage finds which topic with FULL_INDEX, which also holds the glossary.
      return pack(
        indexForLook(
          compileIndex(
            termEntries(
              topics.filter((topic) => topic.category !== 'glossary'),
              sourceWordLists,
            ),
          ),
        ),
      );
    },
  };
}
