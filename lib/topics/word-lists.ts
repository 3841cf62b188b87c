import everydayNames from '../../data/everyday-names.json';
import esEverydayNames from '../../data/es/everyday-names.json';
import esHealthWords from '../../data/es/health-words.json';
import esNotTerms from '../../data/es/not-terms.json';
import healthWords from '../../data/health-words.json';
import notTerms from '../../data/not-terms.json';
import type { WordLists } from './term-entries';
import type { Language } from './types';

/** The word lists of each language as written in `data/` and `data/es/` (the build, the scan CLI, tests). */
export const WORD_LISTS: Record<Language, WordLists> = {
  en: {
    healthWords: healthWords.words,
    spineWords: healthWords.spineWords,
    otherSenseWords: healthWords.otherSenseWords,
    sentenceNames: everydayNames.words,
    notTerms: notTerms.phrases,
  },
  es: {
    healthWords: esHealthWords.words,
    spineWords: esHealthWords.spineWords,
    otherSenseWords: esHealthWords.otherSenseWords,
    sentenceNames: esEverydayNames.words,
    notTerms: esNotTerms.phrases,
  },
};

/** The English lists. */
export const sourceWordLists: WordLists = WORD_LISTS.en;
