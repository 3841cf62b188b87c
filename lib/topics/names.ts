import type { Topic } from './types';

/** Every name a topic is found by on a page, in every list that holds names. One place for "all its names". */
export function namesOf(topic: Pick<Topic, 'terms' | 'abbreviations' | 'contextTerms' | 'spineTerms'>): string[] {
  return [...topic.terms, ...topic.abbreviations, ...topic.contextTerms, ...(topic.spineTerms ?? [])];
}
