import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const QUERY = '?topic-names';
const FIELDS = ['id', 'category', 'terms', 'abbreviations', 'contextTerms'] as const;

/**
 * Lets `import.meta.glob('…/topics/*.json', { query: '?topic-names' })` load only the fields the
 * matcher needs from each topic, so the content script does not carry the card text.
 */
export function topicNamesPlugin(): Plugin {
  return {
    name: 'back-pain-explainer:topic-names',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const topic = JSON.parse(readFileSync(id.slice(0, -QUERY.length), 'utf8')) as Record<string, unknown>;
      const names = Object.fromEntries(FIELDS.map((field) => [field, topic[field]]));
      return `export default ${JSON.stringify(names)};`;
    },
  };
}
