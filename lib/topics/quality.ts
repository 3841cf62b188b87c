import readability from 'text-readability';
import { namesOf } from './names';
import { spanishReadability, spanishWords } from './readability-es';
import type { GlossaryEntry, HelpTier, Language, Topic } from './types';

/**
 * How a language's text is measured: its reading score, which way is easier, and its limits.
 * English: Flesch-Kincaid grade from `text-readability` (lower is easier; the reader is a
 * 6th-grader). Spanish: the INFLESZ scale (Szigriszt-Pazos; higher is easier; "bastante fácil"
 * from 65, "normal" from 55), see `readability-es.ts`.
 */
interface ReadingProfile {
  score: (text: string) => number;
  /** The score's name in reports. */
  scale: string;
  easierIsHigher: boolean;
  summary: number;
  card: number;
  glossary: number;
  sentenceWords: number;
  words: (text: string) => number;
  advice: RegExp;
  /** A short word that stands in for the card's own names while measuring. */
  mask: [atStart: string, inside: string];
}

export const PROFILES: Record<Language, ReadingProfile> = {
  en: {
    score: (text) => Math.round(readability.fleschKincaidGrade(text) * 10) / 10,
    scale: 'grade',
    easierIsHigher: false,
    summary: 6,
    card: 7,
    glossary: 6,
    sentenceWords: 20,
    words: (text) => readability.lexiconCount(text),
    advice: /\b(you should (take|use|try|have|get|ask for)|we recommend|is the best (treatment|choice))\b/i,
    mask: ['It', 'it'],
  },
  es: {
    score: (text) => spanishReadability(text).inflesz,
    scale: 'INFLESZ',
    easierIsHigher: true,
    summary: 65,
    card: 55,
    glossary: 65,
    sentenceWords: 25,
    words: (text) => spanishWords(text).length,
    advice: /(\bdebe(s|ría)? (tomar|usar|probar|pedir)\b|\ble recomendamos\b|\blo mejor es\b|\bes el mejor (tratamiento|remedio)\b)/i,
    mask: ['Esto', 'esto'],
  },
};

/** Limits shared by both languages. */
const LIMITS = { summaryWords: 35, summarySentences: 2, glossarySentences: 3 } as const;

/** Publishers whose patient pages we trust as a primary source (in English and in Spanish). */
const TRUSTED_HOSTS = [
  'nih.gov',
  'medlineplus.gov',
  'nhs.uk',
  'nice.org.uk',
  'cdc.gov',
  'fda.gov',
  'ahrq.gov',
  'orthoinfo.aaos.org',
  'spine.org',
  'mayoclinic.org',
  'clevelandclinic.org',
  'hopkinsmedicine.org',
  'nccih.nih.gov',
  'ninds.nih.gov',
  'niams.nih.gov',
  'acpjournals.org',
  'aemps.gob.es',
  'cuidateplus.marca.com',
  'imss.gob.mx',
  'gob.mx',
  'sanidad.gob.es',
  'cima.aemps.es',
];

const DOSE =
  /\b\d+(\.\d+)?\s?(mg|mcg|µg|milligrams?|micrograms?|miligramos?|microgramos?|ml|millilit(er|re)s?|mililitros?|grams?|gramos?|g)\b/i;

export interface QualityReport {
  id: string;
  summaryGrade: number;
  cardGrade: number;
  words: number;
  problems: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Scores are computed with the card's own names replaced by a short word: the name is what
 * the card explains, and "methocarbamol" should not push every sentence up a grade. At a
 * sentence start the word is capitalised, so the measure still sees where the sentence begins.
 */
export function maskOwnNames(topic: Topic | GlossaryEntry, text: string, language: Language = 'en'): string {
  const [atStart, inside] = PROFILES[language].mask;
  const names = [topic.title, ...namesOf(topic)]
    .flatMap((name) => [name, name.replace(/\s*\(.*?\)\s*/g, ' ').trim()])
    .filter((name) => name.length > 0)
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?:'?s)?(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (_match, offset: number) => (/(^|[.!?]\s+)$/.test(text.slice(0, offset)) ? atStart : inside));
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function wordCount(text: string, language: Language = 'en'): number {
  return PROFILES[language].words(text);
}

/** Every prose field of a card, in the order a reader meets them. */
function cardProse(topic: Topic): string[] {
  const { what, why, expect, risks, evidence, questions } = topic.sections;
  const { boxedWarning, checkFirst = [], before = [], afterwards = [], warningSigns = [] } = topic.safety;
  return [
    ...(boxedWarning ? [boxedWarning.text] : []),
    topic.summary,
    ...checkFirst.map((line) => line.text),
    ...before.map((line) => line.text),
    ...afterwards,
    ...warningSigns,
    what,
    why,
    expect,
    risks,
    ...(evidence ? [evidence] : []),
    ...questions,
  ];
}

function isTrusted(url: string): boolean {
  const host = new URL(url).hostname;
  return TRUSTED_HOSTS.some((trusted) => host === trusted || host.endsWith(`.${trusted}`));
}

/** Whether `score` is at least as easy as `limit` on this language's scale. */
function easyEnough(profile: ReadingProfile, score: number, limit: number): boolean {
  return profile.easierIsHigher ? score >= limit : score <= limit;
}

function limitText(profile: ReadingProfile, limit: number): string {
  return profile.easierIsHigher ? `min ${limit}` : `max ${limit}`;
}

/** Sentence length, doses and advice: the rules every text of a card keeps. */
function proseProblems(profile: ReadingProfile, language: Language, plain: readonly string[], masked: readonly string[]): string[] {
  const problems: string[] = [];
  for (const sentence of masked.flatMap(sentences)) {
    const words = wordCount(sentence, language);
    if (words > profile.sentenceWords) problems.push(`sentence of ${words} words: "${sentence.slice(0, 60)}…"`);
  }
  for (const text of plain) {
    if (DOSE.test(text)) problems.push(`gives a dose: "${text.match(DOSE)?.[0]}"`);
    if (profile.advice.test(text)) problems.push(`gives advice: "${text.match(profile.advice)?.[0]}"`);
  }
  return problems;
}

export function checkTopicQuality(topic: Topic, language: Language = 'en'): QualityReport {
  const profile = PROFILES[language];
  const problems: string[] = [];
  const summary = maskOwnNames(topic, topic.summary, language);
  const prose = cardProse(topic).map((text) => maskOwnNames(topic, text, language));
  const summaryGrade = profile.score(summary);
  const cardGrade = profile.score(prose.join('\n'));
  const words = wordCount(cardProse(topic).join(' '), language);

  if (sentences(topic.summary).length > LIMITS.summarySentences)
    problems.push(`summary has more than ${LIMITS.summarySentences} sentences`);
  if (wordCount(topic.summary, language) > LIMITS.summaryWords)
    problems.push(`summary has ${wordCount(topic.summary, language)} words (max ${LIMITS.summaryWords})`);
  if (!easyEnough(profile, summaryGrade, profile.summary))
    problems.push(`summary ${profile.scale} ${summaryGrade} (${limitText(profile, profile.summary)})`);
  if (!easyEnough(profile, cardGrade, profile.card))
    problems.push(`card ${profile.scale} ${cardGrade} (${limitText(profile, profile.card)})`);
  problems.push(...proseProblems(profile, language, cardProse(topic), prose));
  if (!topic.sources.some((source) => isTrusted(source.url)))
    problems.push('no source from a trusted publisher (NIH, MedlinePlus, NHS, NICE, CDC, FDA, AAOS, NASS, major medical centers)');
  return { id: topic.id, summaryGrade, cardGrade, words, problems };
}

/** A glossary entry's definition: a few plain sentences, sourced, no dose or advice. */
export function checkGlossaryQuality(entry: GlossaryEntry, language: Language = 'en'): QualityReport {
  const profile = PROFILES[language];
  const problems: string[] = [];
  const masked = maskOwnNames(entry, entry.definition, language);
  const score = profile.score(masked);
  if (sentences(entry.definition).length > LIMITS.glossarySentences)
    problems.push(`definition has more than ${LIMITS.glossarySentences} sentences`);
  if (!easyEnough(profile, score, profile.glossary))
    problems.push(`definition ${profile.scale} ${score} (${limitText(profile, profile.glossary)})`);
  problems.push(...proseProblems(profile, language, [entry.definition], [masked]));
  if (!entry.sources.some((source) => isTrusted(source.url))) problems.push('no source from a trusted publisher');
  return { id: entry.id, summaryGrade: score, cardGrade: score, words: wordCount(entry.definition, language), problems };
}

/** The "Get help now" block read as a patient meets it: every sign short and plain. */
export function checkHelpQuality(tiers: ReadonlyArray<HelpTier>, language: Language = 'en'): string[] {
  const profile = PROFILES[language];
  const prose = tiers.flatMap((tier) => [tier.heading, ...tier.signs, ...(tier.note ? [tier.note] : [])]);
  const problems = proseProblems(profile, language, [], prose);
  const score = profile.score(prose.join('\n'));
  if (!easyEnough(profile, score, profile.summary)) problems.push(`${profile.scale} ${score} (${limitText(profile, profile.summary)})`);
  return problems;
}
