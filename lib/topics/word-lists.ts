import healthWords from '../../data/health-words.json';
import notTerms from '../../data/not-terms.json';
import type { WordLists } from './term-entries';

/** The health words and never-a-treatment phrases as written in `data/` (the scan CLI, tests). */
export const sourceWordLists: WordLists = { healthWords: healthWords.words, notTerms: notTerms.phrases };
