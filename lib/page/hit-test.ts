/**
 * The text position under a point. `caretPositionFromPoint` is the standard (Firefox, Chrome
 * 128+); `caretRangeFromPoint` is the older WebKit/Blink spelling. Chrome stops at a shadow
 * host unless its shadow root is named in `shadowRoots`.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * True when the point lies on the range's text itself. The caret API snaps to the nearest
 * character, so a point in the margin beside a line would otherwise count as on the term.
 */
export function pointIsOnRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
