import type { PageTerm } from './term-map';
import { liveRange } from './ranges';

/**
 * The text position under a point. `caretPositionFromPoint` is the standard (Firefox, Chrome
 * 128+); `caretRangeFromPoint` is the older WebKit/Blink spelling. Chrome stops at a shadow
 * host unless its shadow root is named in `shadowRoots`.
 */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
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
function pointIsOnRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** Answers "which shown term is under this point", for the pointer on every move and for clicks. */
export class HitTest {
  /** Shadow roots that hold terms: the caret lookup must be told it may enter them (read on every pointer move). */
  private shadowRoots: ShadowRoot[] = [];

  constructor(
    private readonly doc: Document,
    /** The shown term at a text position, if any. */
    private readonly shownAt: (node: Node, offset: number) => PageTerm | null,
  ) {}

  /** Notes where a term lives: a term inside a shadow root can be pointed at from then on. */
  noteHome(node: Node): void {
    const home = node.getRootNode();
    if (home.nodeType === 11 && !this.shadowRoots.includes(home as ShadowRoot)) this.shadowRoots.push(home as ShadowRoot);
  }

  forget(): void {
    this.shadowRoots = [];
  }

  termAt(x: number, y: number): PageTerm | null {
    const caret = caretAt(this.doc, x, y, this.shadowRoots);
    if (!caret) return null;
    const term = this.shownAt(caret.node, caret.offset);
    return term && pointIsOnRange(liveRange(term.range, this.doc), x, y) ? term : null;
  }
}
