import type { Hit, TermEntry } from './types';

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
 * health words (pain, spine, surgeon, nerve …).
 */
export const CONTEXT_RADIUS = 2;
export const MIN_HEALTH_WORDS = 2;

interface BlockEvidence {
  terms: number;
  healthWords: Set<TermEntry>;
}

const NO_EVIDENCE: BlockEvidence = { terms: 0, healthWords: new Set() };

function evidenceOf(hits: readonly Hit[]): BlockEvidence {
  if (hits.length === 0) return NO_EVIDENCE;
  const healthWords = new Set<TermEntry>();
  let terms = 0;
  for (const hit of hits) {
    if (hit.entry.kind === 'term') terms++;
    else if (hit.entry.kind === 'health') healthWords.add(hit.entry);
  }
  return { terms, healthWords };
}

function isHealthContext(evidence: readonly BlockEvidence[], at: number): boolean {
  const words = new Set<TermEntry>();
  const from = Math.max(0, at - CONTEXT_RADIUS);
  const to = Math.min(evidence.length - 1, at + CONTEXT_RADIUS);
  for (let i = from; i <= to; i++) {
    const block = evidence[i]!;
    if (block.terms > 0) return true;
    for (const word of block.healthWords) words.add(word);
  }
  return words.size >= MIN_HEALTH_WORDS;
}

function keep(hits: readonly Hit[], health: () => boolean): Hit[] {
  let isHealth: boolean | undefined;
  return hits.filter((hit) => {
    if (hit.entry.kind === 'term') return true;
    if (hit.entry.kind !== 'context') return false;
    isHealth ??= health();
    return isHealth;
  });
}

const NO_HITS: readonly Hit[] = [];

/**
 * Applies the rule to blocks as they are read, for a scan that is cut into slices: a block is
 * decided once the CONTEXT_RADIUS blocks after it are known (or the page has ended).
 * Health words and ignored phrases never come out. What no later block needs is let go, so a
 * long page is not held in memory twice while it is scanned.
 */
export class ContextStream {
  private readonly blocks: (readonly Hit[])[] = [];
  private readonly evidence: BlockEvidence[] = [];
  private decided = 0;

  /** How many blocks, from the first, are decided. */
  get decidedCount(): number {
    return this.decided;
  }

  /** Adds the next block's hits; returns the blocks decided so far, by index. */
  push(hits: readonly Hit[]): Array<{ block: number; hits: Hit[] }> {
    this.blocks.push(hits);
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
      this.blocks[at] = NO_HITS;
      if (pending.length) {
        const hits = keep(pending, () => isHealthContext(this.evidence, at));
        if (hits.length) out.push({ block: at, hits });
      }
      // Blocks after this one look back CONTEXT_RADIUS blocks at most.
      if (at >= CONTEXT_RADIUS) this.evidence[at - CONTEXT_RADIUS] = NO_EVIDENCE;
    }
    return out;
  }
}

/** The rule over a whole page at once: the kept hits of every block. */
export function applyContext(blocks: readonly (readonly Hit[])[]): Hit[][] {
  const stream = new ContextStream();
  const kept: Hit[][] = blocks.map(() => []);
  for (const hits of blocks) for (const { block, hits: k } of stream.push(hits)) kept[block] = k;
  for (const { block, hits } of stream.end()) kept[block] = hits;
  return kept;
}
