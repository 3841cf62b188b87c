import { HEALTH_EVIDENCE, type Hit, NEEDS_CONTEXT, type TermEntry } from './types';

/**
 * The context rule. Everyday words that also name a treatment ("block", "heat", "massage",
 * "fusion", "PT") are kept only where the text around them is about health. We decide per
 * block (paragraph, list item, cell, heading), looking at the block itself and its
 * neighbours, because one page can hold a health story next to a weather box: a page-wide
 * rule would light up "heat" in the weather box, a sentence-only rule would miss "a nerve
 * block" in a paragraph that said "spine" one sentence earlier.
 *
 * A context word is kept when, within CONTEXT_RADIUS blocks either side, there is at least one
 * unambiguous treatment name (gabapentin, laminectomy) or at least MIN_HEALTH_WORDS different
 * health words (pain, spine, surgeon, nerve …), and no word of another part of medicine
 * (in labour, atrial fibrillation, intracranial): "an ice pack on the groin" after a heart
 * procedure is not a back-pain treatment.
 *
 * Two stricter kinds:
 * - `sentence` words (block, heat, ice, brace, PT: `data/everyday-names.json`) are most often
 *   something else even on a health page ("two blocks from the clinic", "the heat of
 *   competition"), so they also need evidence close by: a health word or a name in their own
 *   sentence, a treatment name in their own block, or a block that is only a short phrase (a
 *   heading, a table cell). Known other meanings ("blocks from", "heat of") are ignored phrases.
 * - `gloss` words (the glossary: fluoroscopy, referral, FDA) explain the words around back-pain
 *   treatments, so they need health text that is also about the back: a spine word or a
 *   treatment name near, as for `spine` names, or a page that has already named
 *   TOPICS_FOR_A_BACK_PAGE different treatments (a leaflet whose lists of "warfarin, pain
 *   consultant, A&E" come long after its spine words).
 * Words of another sense veto only where they outweigh the back (see `otherSenseWins`).
 * - `spine` names have another medical sense ("epidural" in childbirth, "ablation" of the
 *   heart, brain "herniation"): they need a spine word (lumbar, disc, back pain) or a
 *   back-pain treatment name within the radius, and no word of the other sense (in labour,
 *   cardiac, intracranial) within it.
 */
export const CONTEXT_RADIUS = 2;
const MIN_HEALTH_WORDS = 2;

interface BlockEvidence {
  terms: number;
  healthWords: Set<TermEntry>;
  spineWords: number;
  otherSenseWords: number;
}

const NO_EVIDENCE: BlockEvidence = { terms: 0, healthWords: new Set(), spineWords: 0, otherSenseWords: 0 };

function evidenceOf(hits: readonly Hit[]): BlockEvidence {
  if (hits.length === 0) return NO_EVIDENCE;
  const healthWords = new Set<TermEntry>();
  let terms = 0;
  let spineWords = 0;
  let otherSenseWords = 0;
  for (const { entry } of hits) {
    if (entry.kind === 'term') terms++;
    else if (HEALTH_EVIDENCE.has(entry.kind)) {
      healthWords.add(entry);
      if (entry.kind === 'spineWord') spineWords++;
      else if (entry.kind === 'otherSense') otherSenseWords++;
    }
  }
  return { terms, healthWords, spineWords, otherSenseWords };
}

function around(evidence: readonly BlockEvidence[], at: number): BlockEvidence[] {
  return evidence.slice(Math.max(0, at - CONTEXT_RADIUS), Math.min(evidence.length, at + CONTEXT_RADIUS + 1));
}

function isHealthContext(near: readonly BlockEvidence[]): boolean {
  const words = new Set<TermEntry>();
  for (const block of near) {
    if (block.terms > 0) return true;
    for (const word of block.healthWords) words.add(word);
  }
  return words.size >= MIN_HEALTH_WORDS;
}

/** Spine words and back-pain treatment names near. */
function backEvidence(near: readonly BlockEvidence[]): number {
  return near.reduce((sum, block) => sum + block.spineWords + block.terms, 0);
}

/**
 * Words of another part of medicine (in labour, atrial fibrillation, intracranial) outweigh
 * the back here. One "cardiac pacemaker" in a spinal cord stimulator policy does not; a
 * paragraph about labour with one "lower back" in it does.
 */
function otherSenseWins(near: readonly BlockEvidence[]): boolean {
  const other = near.reduce((sum, block) => sum + block.otherSenseWords, 0);
  return other > 0 && other >= backEvidence(near);
}

/** Health text that is not mostly about another part of medicine. */
function isBackHealthContext(near: readonly BlockEvidence[]): boolean {
  return isHealthContext(near) && !otherSenseWins(near);
}

/** Spine words or a back-pain treatment name near, not outweighed by another sense. */
function isSpineContext(near: readonly BlockEvidence[]): boolean {
  return backEvidence(near) > 0 && !otherSenseWins(near);
}

/** Where the sentence around `text[start, end)` begins and ends: at ". ", "? ", "! " or the block's ends. */
/** How far either side of a word its sentence is looked for: sentences are shorter, and code or lists without full stops must not make every word walk the whole block. */
const SENTENCE_REACH = 400;

/** Where the sentence around `text[start, end)` begins and ends: at ". ", "? ", "! ", the block's ends, or SENTENCE_REACH away. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const low = Math.max(0, start - SENTENCE_REACH);
  const high = Math.min(text.length, end + SENTENCE_REACH);
  let from = start;
  while (from > low && !(/[.!?]/.test(text[from - 1]!) && /\s/.test(text[from] ?? ' '))) from--;
  let to = end;
  while (to < high && !(/[.!?]/.test(text[to]!) && /\s/.test(text[to + 1] ?? ' '))) to++;
  return [from, to];
}

/** A name ("TENS or IFC") or a health word vouches for an everyday word; another everyday word does not ("the heat and the block"). */
function vouches(other: Hit): boolean {
  return (
    other.entry.kind !== 'sentence' &&
    (other.entry.kind === 'term' || NEEDS_CONTEXT.has(other.entry.kind) || HEALTH_EVIDENCE.has(other.entry.kind))
  );
}

/** Whether another hit in the same sentence as `hits[at]` vouches for it. Hits are in text order, so only its neighbours are read. */
export function sentenceIsAboutHealth(hits: readonly Hit[], at: number, text: string): boolean {
  const hit = hits[at]!;
  const [from, to] = sentenceAround(text, hit.start, hit.end);
  for (let k = at - 1; k >= 0 && hits[k]!.start >= from; k--) if (vouches(hits[k]!)) return true;
  for (let k = at + 1; k < hits.length && hits[k]!.end <= to; k++) if (vouches(hits[k]!)) return true;
  return false;
}

/** Words in a block this short, without a full stop, are a heading, a label or a table cell: the block is the sentence. */
const SHORT_BLOCK_WORDS = 6;

/** A block's text that is a heading, a label or a cell: short, and without a full stop ("My PT was late." is a sentence). */
export function isShortPhrase(text: string): boolean {
  if (text.length > 200) return false;
  const phrase = text.trim();
  return phrase.split(/\s+/).length <= SHORT_BLOCK_WORDS && !/[.!?]$/.test(phrase);
}

/**
 * Evidence close to an everyday word: a health word or a name in its own sentence, a treatment
 * name in its own block, or a block so short (a heading, a table cell) that it is all one phrase.
 */
function closeEvidence(hits: readonly Hit[], text: string): (at: number) => boolean {
  const short = isShortPhrase(text);
  const blockNamesTreatment = hits.some((hit) => hit.entry.kind === 'term');
  return (at) => short || blockNamesTreatment || sentenceIsAboutHealth(hits, at, text);
}

/** Once a page has named this many different treatments, it is about back pain: glossary words need only health text near. */
const TOPICS_FOR_A_BACK_PAGE = 3;

function keep(hits: readonly Hit[], text: string, near: () => BlockEvidence[], backPage: boolean): Hit[] {
  let health: boolean | undefined;
  let spine: boolean | undefined;
  let closeToHealth: ((at: number) => boolean) | undefined;
  return hits.filter((hit, at) => {
    switch (hit.entry.kind) {
      case 'term':
        return true;
      case 'context':
        return (health ??= isBackHealthContext(near()));
      case 'gloss':
        return (health ??= isBackHealthContext(near())) && (backPage || (spine ??= isSpineContext(near())));
      case 'sentence':
        return (health ??= isBackHealthContext(near())) && (closeToHealth ??= closeEvidence(hits, text))(at);
      case 'spine':
        return (spine ??= isSpineContext(near()));
      default:
        return false;
    }
  });
}

const NO_HITS: readonly Hit[] = [];

interface PendingBlock {
  hits: readonly Hit[];
  text: string;
}

const EMPTY_BLOCK: PendingBlock = { hits: NO_HITS, text: '' };

/**
 * Applies the rule to blocks as they are read, for a scan that is cut into slices: a block is
 * decided once the CONTEXT_RADIUS blocks after it are known (or the page has ended).
 * Health words and ignored phrases never come out. What no later block needs is let go, so a
 * long page is not held in memory twice while it is scanned.
 */
export class ContextStream {
  private readonly blocks: PendingBlock[] = [];
  private readonly evidence: BlockEvidence[] = [];
  /** The treatments named so far (up to TOPICS_FOR_A_BACK_PAGE). */
  private readonly topics = new Set<string>();
  private decided = 0;

  /** How many blocks, from the first, are decided. */
  get decidedCount(): number {
    return this.decided;
  }

  /** Adds the next block's hits (found in `text`); returns the blocks decided so far, by index. */
  push(hits: readonly Hit[], text: string): Array<{ block: number; hits: Hit[] }> {
    this.blocks.push(hits.length ? { hits, text } : EMPTY_BLOCK);
    for (const hit of hits) if (hit.entry.kind === 'term' && this.topics.size < TOPICS_FOR_A_BACK_PAGE) this.topics.add(hit.entry.topicId);
    this.evidence.push(evidenceOf(hits));
    return this.decide(this.blocks.length - CONTEXT_RADIUS);
  }

  /** Decides the remaining blocks: the page has no more. */
  end(): Array<{ block: number; hits: Hit[] }> {
    return this.decide(this.blocks.length);
  }

  private decide(until: number): Array<{ block: number; hits: Hit[] }> {
    const out: Array<{ block: number; hits: Hit[] }> = [];
    for (; this.decided < until; this.decided++) {
      const at = this.decided;
      const pending = this.blocks[at]!;
      this.blocks[at] = EMPTY_BLOCK;
      if (pending.hits.length) {
        const hits = keep(pending.hits, pending.text, () => around(this.evidence, at), this.topics.size >= TOPICS_FOR_A_BACK_PAGE);
        if (hits.length) out.push({ block: at, hits });
      }
      // Blocks after this one look back CONTEXT_RADIUS blocks at most.
      if (at >= CONTEXT_RADIUS) this.evidence[at - CONTEXT_RADIUS] = NO_EVIDENCE;
    }
    return out;
  }
}

/** The rule over a whole page at once: the kept hits of every block. */
export function applyContext(blocks: ReadonlyArray<{ hits: readonly Hit[]; text: string }>): Hit[][] {
  const stream = new ContextStream();
  const kept: Hit[][] = blocks.map(() => []);
  for (const { hits, text } of blocks) for (const { block, hits: k } of stream.push(hits, text)) kept[block] = k;
  for (const { block, hits } of stream.end()) kept[block] = hits;
  return kept;
}
