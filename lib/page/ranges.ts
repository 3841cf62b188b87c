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

/**
 * A static range over `start`..`end` of the block's text, across inline elements if need be.
 * Static, not live: the browser must update every live Range on each change to the page, so
 * thousands of them would slow the page down. Our change watcher re-reads what changes instead.
 */
export function rangeFor(block: TextBlock, start: number, end: number, doc: Document): StaticRange {
  const from = domPosition(block, start, false);
  const to = domPosition(block, end, true);
  const { StaticRange: StaticRangeOfPage } = doc.defaultView ?? globalThis;
  return new StaticRangeOfPage({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/** A live Range for the moments that need geometry or text: hit-testing, placing the card. */
export function liveRange(range: AbstractRange, doc: Document): Range {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** Document order of two ranges' starts, for sorting. */
export function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
