import type { CompiledIndex, TermEntry } from '../matcher/types';
import type { Category } from './types';

/** What the matcher needs of a topic: its id, category and names. */
export interface TopicNames {
  id: string;
  category: Category;
  terms: string[];
  abbreviations: string[];
  contextTerms: string[];
  spineTerms?: string[];
  misspellings?: string[];
}

/** A context term written in capitals (PT, CT) is matched in exactly that case. */
export function isCapitalised(term: string): boolean {
  return term.length <= 5 && term === term.toUpperCase() && /[A-Z]/.test(term);
}

/** The lists in `data/` besides the topics (see `TermKind` for what each kind does). */
export interface WordLists {
  /** Words that tell a text is about health. */
  healthWords: readonly string[];
  /** Health words that also tell it is about the spine or back. */
  spineWords: readonly string[];
  /** Health words of the other senses of `spineTerms` (childbirth, the heart, the brain). */
  otherSenseWords: readonly string[];
  /** Context terms that also need health words in their own sentence. */
  sentenceNames: readonly string[];
  /** Phrases that are never a treatment. */
  notTerms: readonly string[];
}

export function termEntries(topics: readonly TopicNames[], lists: WordLists): TermEntry[] {
  const entries: TermEntry[] = [];
  const sentenceNames = new Set(lists.sentenceNames);
  for (const topic of topics) {
    // Glossary words explain the words around the treatments: shown only in health text (and,
    // like everyday words, not next to another part of medicine), and never evidence themselves.
    const glossary = topic.category === 'glossary';
    const named: TermEntry['kind'] = glossary ? 'gloss' : 'term';
    const everyday = (text: string): TermEntry['kind'] => (glossary || sentenceNames.has(text) ? 'sentence' : 'context');
    for (const text of topic.terms) entries.push({ text, topicId: topic.id, kind: named, caseSensitive: false });
    for (const text of topic.abbreviations) entries.push({ text, topicId: topic.id, kind: named, caseSensitive: true });
    for (const text of topic.misspellings ?? []) entries.push({ text, topicId: topic.id, kind: named, caseSensitive: false });
    for (const text of topic.contextTerms)
      entries.push({ text, topicId: topic.id, kind: everyday(text), caseSensitive: isCapitalised(text) });
    for (const text of topic.spineTerms ?? []) entries.push({ text, topicId: topic.id, kind: 'spine', caseSensitive: false });
  }
  const words = (list: readonly string[], kind: TermEntry['kind']) => {
    for (const text of list) entries.push({ text, topicId: '', kind, caseSensitive: isCapitalised(text) });
  };
  words(lists.healthWords, 'health');
  words(lists.spineWords, 'spineWord');
  words(lists.otherSenseWords, 'otherSense');
  for (const text of lists.notTerms) entries.push({ text, topicId: '', kind: 'ignore', caseSensitive: false });
  return entries;
}

/**
 * The index the first stage's look needs: what kind of name each spelling is, not which topic
 * it names (the second stage finds that with its own index). Names of one kind share one entry,
 * so the index shipped on every page holds far fewer; health words keep their own, since the
 * context rule counts different ones.
 */
export function indexForLook(index: CompiledIndex): CompiledIndex {
  const shared = new Map<string, TermEntry>();
  const owners = index.owners.map((entry) => {
    if (entry.topicId === '') return entry;
    const key = `${entry.kind}\u0000${entry.caseSensitive ? entry.text : ''}`;
    let one = shared.get(key);
    if (!one) {
      one = {
        text: entry.caseSensitive ? entry.text : entry.kind,
        topicId: 'a-treatment',
        kind: entry.kind,
        caseSensitive: entry.caseSensitive,
      };
      shared.set(key, one);
    }
    return one;
  });
  return { ...index, owners };
}
