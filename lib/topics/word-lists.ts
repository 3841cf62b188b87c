import everydayNames from '../../data/everyday-names.json';
import healthWords from '../../data/health-words.json';
import notTerms from '../../data/not-terms.json';
import type { WordLists } from './term-entries';

/** The word lists as written in `data/` (the build, the scan CLI, tests). */
export const sourceWordLists: WordLists = {
  healthWords: healthWords.words,
  spineWords: healthWords.spineWords,
  otherSenseWords: healthWords.otherSenseWords,
  sentenceNames: everydayNames.words,
  notTerms: notTerms.phrases,
};
