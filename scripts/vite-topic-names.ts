import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { termVariants } from '../lib/matcher/variants';
import { isCapitalised, type TopicNames } from '../lib/topics/term-entries';

const QUERY = '?topic-names';

/** Every spelling of the names, derived here once instead of on every page the reader opens. */
function expandedNames(topic: TopicNames): TopicNames {
  const expand = (names: string[]) => [...new Set(names.flatMap(termVariants))];
  return {
    id: topic.id,
    category: topic.category,
    terms: expand(topic.terms),
    abbreviations: topic.abbreviations,
    contextTerms: [...topic.contextTerms.filter(isCapitalised), ...expand(topic.contextTerms.filter((name) => !isCapitalised(name)))],
    expanded: true,
  };
}

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
      const topic = JSON.parse(readFileSync(id.slice(0, -QUERY.length), 'utf8')) as TopicNames;
      return `export default ${JSON.stringify(expandedNames(topic))};`;
    },
  };
}
