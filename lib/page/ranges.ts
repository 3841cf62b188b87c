import type { TextBlock } from './extract';

/** The text node holding `offset` of the block, and the offset inside it. */
export function domPosition(block: TextBlock, offset: number, atEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let low = 0;
  let high = starts.length - 1;
  // Binary search for the last node that starts at or before `offset` (before it, for an end).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (!atEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  return { node: nodes[low]!, offset: offset - starts[low]! };
}

/** A live range over `start`..`end` of the block's text, across inline elements if need be. */
export function rangeFor(block: TextBlock, start: number, end: number, doc: Document): Range {
  const from = domPosition(block, start, false);
  const to = domPosition(block, end, true);
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
