import { ContextStream } from '../matcher/context';
import { findHits } from '../matcher/match';
import type { CompiledIndex, TermKind } from '../matcher/types';
import { BlockWalker, type TextBlock } from './extract';
import { type SliceOptions, Slices } from './slices';

/** A topic name found on the page, with where it is. */
export interface Found {
  topicId: string;
  /** `term`, or another kind when the context rule let it through (an everyday word in health text). */
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

export interface SlicedScanOptions extends SliceOptions {
  /** Called after each slice with what it found, top of the page first; never after the signal aborts. */
  onFound: (found: Found[]) => void;
}

/** Scans `root` in slices (see `Slices`), so that no task of ours blocks the page for long. */
export async function scanInSlices(root: Node, index: CompiledIndex, options: SlicedScanOptions): Promise<void> {
  if (options.signal.aborted) return;
  const slices = new Slices(options);
  const scanner = new Scanner(index);
  const walker = new BlockWalker(root);
  let batch: Found[] = [];
  for (let block = walker.next(); block; block = walker.next()) {
    const found = scanner.add(block);
    if (found.length) batch.push(...found);
    if (!slices.due) continue;
    if (batch.length) options.onFound(batch);
    batch = [];
    if (await slices.breakIfLong()) return;
  }
  batch.push(...scanner.end());
  if (batch.length && !options.signal.aborted) options.onFound(batch);
  slices.end();
}
