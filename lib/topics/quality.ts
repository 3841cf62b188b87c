import readability from 'text-readability';
import { namesOf } from './names';
import type { GlossaryEntry, Topic } from './types';

/** Targets from the content issue: the reader is a 6th-grader. */
export const LIMITS = {
  summaryGrade: 6,
  summaryWords: 35,
  summarySentences: 2,
  cardGrade: 7,
  sentenceWords: 20,
} as const;

/** Publishers whose patient pages we trust as a primary source. */
const TRUSTED_HOSTS = [
  'nih.gov', 'medlineplus.gov', 'nhs.uk', 'nice.org.uk', 'cdc.gov', 'fda.gov', 'ahrq.gov',
  'orthoinfo.aaos.org', 'spine.org', 'mayoclinic.org', 'clevelandclinic.org',
  'hopkinsmedicine.org', 'nccih.nih.gov', 'ninds.nih.gov', 'niams.nih.gov', 'acpjournals.org',
];

const DOSE = /\b\d+(\.\d+)?\s?(mg|mcg|µg|milligrams?|micrograms?|ml|millilit(er|re)s?|grams?|g)\b/i;
const ADVICE = /\b(you should (take|use|try|have|get|ask for)|we recommend|is the best (treatment|choice))\b/i;

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
 * Grades are computed with the topic's own names replaced by a one-syllable word: the name is
 * what the card explains, and "methocarbamol" should not push every sentence up a grade.
 */
export function maskOwnNames(topic: Topic | GlossaryEntry, text: string): string {
  const names = [topic.title, ...namesOf(topic)]
    .flatMap((name) => [name, name.replace(/\s*\(.*?\)\s*/g, ' ').trim()])
    .filter((name) => name.length > 0)
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})(?:'?s)?\\b`, 'gi');
  // "It" at a sentence start, so the grader still sees where the sentence begins.
  return text.replace(pattern, (_match, offset: number) => (/(^|[.!?]\s+)$/.test(text.slice(0, offset)) ? 'It' : 'it'));
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

export function wordCount(text: string): number {
  return readability.lexiconCount(text);
}

export function gradeOf(text: string): number {
  return Math.round(readability.fleschKincaidGrade(text) * 10) / 10;
}

/** Every prose field of a card, in the order a reader meets them. */
export function cardProse(topic: Topic): string[] {
  const { what, why, expect, risks, evidence, questions } = topic.sections;
  const { boxedWarning, checkFirst = [], before = [], afterwards = [], warningSigns = [] } = topic.safety;
  return [
    ...(boxedWarning ? [boxedWarning.text] : []),
    topic.summary,
    ...checkFirst.map((line) => line.text),
    ...before.map((line) => line.text),
    ...afterwards,
    ...warningSigns,
    what, why, expect, risks, ...(evidence ? [evidence] : []),
    ...questions,
  ];
}

/** Limits for a glossary entry: a few plain sentences. */
export const GLOSSARY_LIMITS = { sentences: 3, grade: 6 } as const;

/** A glossary entry's definition: short, plain, sourced, no dose or advice. */
export function checkGlossaryQuality(entry: GlossaryEntry): QualityReport {
  const problems: string[] = [];
  const masked = maskOwnNames(entry, entry.definition);
  const grade = gradeOf(masked);
  if (sentences(entry.definition).length > GLOSSARY_LIMITS.sentences) problems.push(`definition has more than ${GLOSSARY_LIMITS.sentences} sentences`);
  if (grade > GLOSSARY_LIMITS.grade) problems.push(`definition grade ${grade} (max ${GLOSSARY_LIMITS.grade})`);
  for (const sentence of sentences(masked)) {
    if (wordCount(sentence) > LIMITS.sentenceWords) problems.push(`sentence of ${wordCount(sentence)} words: "${sentence.slice(0, 60)}…"`);
  }
  if (DOSE.test(entry.definition)) problems.push(`gives a dose: "${entry.definition.match(DOSE)?.[0]}"`);
  if (ADVICE.test(entry.definition)) problems.push(`gives advice: "${entry.definition.match(ADVICE)?.[0]}"`);
  if (!entry.sources.some((source) => isTrusted(source.url))) problems.push('no source from a trusted publisher');
  return { id: entry.id, summaryGrade: grade, cardGrade: grade, words: wordCount(entry.definition), problems };
}

function isTrusted(url: string): boolean {
  const host = new URL(url).hostname;
  return TRUSTED_HOSTS.some((trusted) => host === trusted || host.endsWith(`.${trusted}`));
}

export function checkTopicQuality(topic: Topic): QualityReport {
  const problems: string[] = [];
  const summary = maskOwnNames(topic, topic.summary);
  const prose = cardProse(topic).map((text) => maskOwnNames(topic, text));
  const summaryGrade = gradeOf(summary);
  const cardGrade = gradeOf(prose.join('\n'));
  const words = wordCount(cardProse(topic).join(' '));

  if (sentences(topic.summary).length > LIMITS.summarySentences)
    problems.push(`summary has more than ${LIMITS.summarySentences} sentences`);
  if (wordCount(topic.summary) > LIMITS.summaryWords)
    problems.push(`summary has ${wordCount(topic.summary)} words (max ${LIMITS.summaryWords})`);
  if (summaryGrade > LIMITS.summaryGrade) problems.push(`summary grade ${summaryGrade} (max ${LIMITS.summaryGrade})`);
  if (cardGrade > LIMITS.cardGrade) problems.push(`card grade ${cardGrade} (max ${LIMITS.cardGrade})`);
  for (const sentence of prose.flatMap(sentences)) {
    if (wordCount(sentence) > LIMITS.sentenceWords)
      problems.push(`sentence of ${wordCount(sentence)} words: "${sentence.slice(0, 60)}…"`);
  }
  for (const text of cardProse(topic)) {
    if (DOSE.test(text)) problems.push(`gives a dose: "${text.match(DOSE)?.[0]}"`);
    if (ADVICE.test(text)) problems.push(`gives advice: "${text.match(ADVICE)?.[0]}"`);
  }
  if (!topic.sources.some((source) => isTrusted(source.url)))
    problems.push('no source from a trusted publisher (NIH, MedlinePlus, NHS, NICE, CDC, FDA, AAOS, NASS, major medical centers)');
  return { id: topic.id, summaryGrade, cardGrade, words, problems };
}

/** The "Get help now" block read as a patient meets it: every sign short and plain. */
export function checkHelpQuality(tiers: ReadonlyArray<{ heading: string; signs: readonly string[]; note?: string }>): string[] {
  const problems: string[] = [];
  const prose = tiers.flatMap((tier) => [tier.heading, ...tier.signs, ...(tier.note ? [tier.note] : [])]);
  for (const sentence of prose.flatMap(sentences)) {
    if (wordCount(sentence) > LIMITS.sentenceWords) problems.push(`sentence of ${wordCount(sentence)} words: "${sentence.slice(0, 60)}…"`);
  }
  const grade = gradeOf(prose.join('\n'));
  if (grade > LIMITS.summaryGrade) problems.push(`grade ${grade} (max ${LIMITS.summaryGrade})`);
  return problems;
}
