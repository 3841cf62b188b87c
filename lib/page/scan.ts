import { ContextStream } from '../matcher/context';
import { findHits } from '../matcher/match';
import type { CompiledIndex, TermKind } from '../matcher/types';
import { BlockWalker, type TextBlock } from './extract';
import { chunksOf, NameEvidence, openShadowRoots, readsRenderedText, worthALook } from './rendered-text';

/** A topic name found on the page, with where it is. */
export interface Found {
  topicId: string;
  /** `term`, or `context` when the context rule let an everyday word through. */
  kind: TermKind;
  /** The name as it stands on the page. */
  text: string;
  block: TextBlock;
  start: number;
  end: number;
}

/** Scans one block at a time and hands out what the context rule has decided. */
class Scanner {
  /** Blocks read but not yet decided, by index; decided ones are let go (finds keep their own). */
  private readonly blocks: Array<TextBlock | undefined> = [];
  private released = 0;
  private readonly context = new ContextStream();

  constructor(private readonly index: CompiledIndex) {}

  add(block: TextBlock): Found[] {
    this.blocks.push(block);
    return this.toFound(this.context.push(findHits(block.text, this.index), block.text));
  }

  end(): Found[] {
    return this.toFound(this.context.end());
  }

  private toFound(decided: ReturnType<ContextStream['push']>): Found[] {
    const found = decided.flatMap(({ block, hits }) => {
      const textBlock = this.blocks[block]!;
      return hits.map((hit) => ({
        topicId: hit.entry.topicId,
        kind: hit.entry.kind,
        text: textBlock.text.slice(hit.start, hit.end),
        block: textBlock,
        start: hit.start,
        end: hit.end,
      }));
    });
    for (; this.released < this.context.decidedCount; this.released++) this.blocks[this.released] = undefined;
    return found;
  }
}

/** Scans everything under `root` at once (the scan CLI, tests). */
export function scanNow(root: Node, index: CompiledIndex): Found[] {
  const scanner = new Scanner(index);
  const found: Found[] = [];
  const walker = new BlockWalker(root);
  for (let block = walker.next(); block; block = walker.next()) found.push(...scanner.add(block));
  found.push(...scanner.end());
  return found;
}

export interface SlicedScanOptions {
  /** How long one slice may hold the main thread. */
  sliceMs: number;
  /** Resolves when the page has had its turn (idle callback, timeout). */
  pause: () => Promise<void>;
  /** Called after each slice with what it found, top of the page first. */
  onFound: (found: Found[]) => void;
  /** Stops the scan between slices; nothing is reported after. */
  isCancelled: () => boolean;
  /** Called with how long each slice held the main thread. */
  onSlice?: (ms: number) => void;
  /**
   * Look at the rendered text before walking (see `partsToWalk`): for a whole page. Not for the
   * small parts that changed: reading `innerText` there would force a layout on every batch of
   * changes, and their walk touches few nodes anyway.
   */
  lookFirst?: boolean;
  now?: () => number;
}

/** Blocks of each part in turn, as one stream. */
function* blocksOf(parts: readonly Node[]): Generator<TextBlock> {
  for (const part of parts) {
    const walker = new BlockWalker(part);
    for (let block = walker.next(); block; block = walker.next()) yield block;
  }
}

/**
 * What under `root` needs walking, after the quick look at its rendered text (see
 * `NameEvidence`): all of it when that text may hold a name (or the look is not worth it),
 * else only its open shadow roots. Null when the scan was cancelled meanwhile.
 */
async function partsToWalk(root: Node, index: CompiledIndex, cancelledAfterBreak: () => Promise<boolean>): Promise<Node[] | null> {
  if (!readsRenderedText(root)) return [root];
  const rendered = root.innerText;
  if (!worthALook(root, rendered)) return [root];
  const evidence = new NameEvidence();
  for (const chunk of chunksOf(rendered)) {
    if (evidence.add(findHits(chunk, index))) return [root];
    if (await cancelledAfterBreak()) return null;
  }
  return openShadowRoots(root);
}

/**
 * Scans `root` in slices so that no task of ours blocks the page for long. With `lookFirst`, a
 * quick look at its rendered text comes first (see `NameEvidence`): when that names nothing,
 * only the open shadow roots under `root` are walked.
 */
export async function scanInSlices(root: Node, index: CompiledIndex, options: SlicedScanOptions): Promise<void> {
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  /** Ends the slice if it ran long enough; true when the scan was cancelled meanwhile. */
  const cancelledAfterBreak = async (): Promise<boolean> => {
    if (now() - sliceStart < options.sliceMs) return false;
    options.onSlice?.(now() - sliceStart);
    await options.pause();
    sliceStart = now();
    return options.isCancelled();
  };

  const parts = options.lookFirst ? await partsToWalk(root, index, cancelledAfterBreak) : [root];
  if (!parts) return;

  const scanner = new Scanner(index);
  let batch: Found[] = [];
  for (const block of blocksOf(parts)) {
    const found = scanner.add(block);
    if (found.length) batch.push(...found);
    if (now() - sliceStart < options.sliceMs) continue;
    if (batch.length) options.onFound(batch);
    batch = [];
    if (await cancelledAfterBreak()) return;
  }
  batch.push(...scanner.end());
  if (batch.length) options.onFound(batch);
  options.onSlice?.(now() - sliceStart);
}
