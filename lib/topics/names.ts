import type { GlossaryEntry, Topic } from './types';

type Named = Pick<Topic | GlossaryEntry, 'terms' | 'abbreviations' | 'contextTerms' | 'spineTerms' | 'misspellings'>;

/** Every name a topic or glossary entry is found by on a page, in every list that holds names. One place for "all its names". */
export function namesOf(entry: Named): string[] {
  return [...entry.terms, ...entry.abbreviations, ...entry.contextTerms, ...(entry.spineTerms ?? []), ...(entry.misspellings ?? [])];
}
