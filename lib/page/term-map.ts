import type { Category } from '../topics/types';
import { compareStarts } from './ranges';
import type { Found } from './scan';

/** A name shown on the page: what was found, where (a static range) and the topic's category. */
export interface PageTerm extends Found {
  range: StaticRange;
  category: Category;
}

/**
 * The terms of a page, indexed by the text nodes they cover, so that the node under the
 * pointer leads straight to its term without a listener per term.
 */
export class TermMap {
  private readonly terms: PageTerm[] = [];
  private readonly byNode = new Map<Node, PageTerm[]>();

  add(term: PageTerm): void {
    this.terms.push(term);
    const { nodes, starts } = term.block;
    for (let i = 0; i < nodes.length; i++) {
      const nodeStart = starts[i]!;
      const nodeEnd = nodeStart + nodes[i]!.data.length;
      if (nodeEnd <= term.start || nodeStart >= term.end) continue;
      const list = this.byNode.get(nodes[i]!);
      if (list) list.push(term);
      else this.byNode.set(nodes[i]!, [term]);
    }
  }

  /** The term covering `offset` of text node `node`, if any. */
  at(node: Node, offset: number): PageTerm | null {
    for (const term of this.byNode.get(node) ?? []) {
      const { startContainer, startOffset, endContainer, endOffset } = term.range;
      if (node === startContainer && offset < startOffset) continue;
      if (node === endContainer && offset > endOffset) continue;
      return term;
    }
    return null;
  }

  /** Drops the terms whose text has left the page. */
  prune(isGone: (term: PageTerm) => boolean): PageTerm[] {
    const gone = this.terms.filter(isGone);
    if (gone.length === 0) return gone;
    const goneSet = new Set(gone);
    this.terms.splice(0, this.terms.length, ...this.terms.filter((term) => !goneSet.has(term)));
    for (const [node, list] of this.byNode) {
      const kept = list.filter((term) => !goneSet.has(term));
      if (kept.length) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    return gone;
  }

  /** Puts terms back in page order after parts of the page were scanned again. */
  sortByPosition(): void {
    this.terms.sort((a, b) => compareStarts(a.range, b.range));
  }

  all(): readonly PageTerm[] {
    return this.terms;
  }

  clear(): void {
    this.terms.length = 0;
    this.byNode.clear();
  }
}
