import { isBlockElement, isSkippedElement } from './extract';

function insideSkipped(element: Element, body: Node): boolean {
  for (let e: Element | null = element; e && e !== body; e = e.parentElement) if (isSkippedElement(e)) return true;
  return false;
}

/**
 * The smallest set of elements to scan again after the page changed: for each change, the
 * nearest block around it (a paragraph whose text changed, a comment that was appended),
 * without elements inside another one of the set, and nothing inside text we never read
 * (editors, code, hidden parts).
 */
function rootsToRescan(changed: Iterable<Node>, body: Node): Element[] {
  const roots = new Set<Element>();
  for (const node of changed) {
    let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (element && element !== body && !isBlockElement(element)) element = element.parentElement;
    if (element?.isConnected && body.contains(element) && !insideSkipped(element, body)) roots.add(element);
  }
  return [...roots].filter((root) => {
    for (let parent = root.parentElement; parent; parent = parent.parentElement) if (roots.has(parent)) return false;
    return true;
  });
}

export interface ChangeWatcherOptions {
  /** Our own elements (the card host): their changes are not the page's. */
  isOwn: (node: Node) => boolean;
  /** How long changes are gathered before one rescan; a page that changes all the time costs one small scan per period. */
  periodMs: number;
  setTimeout: (handler: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  onChanges: (changed: { roots: Element[]; removed: boolean }) => void;
  /** Stops the watching, and a batch not yet reported. */
  signal: AbortSignal;
}

/**
 * Watches the page for text that appears, changes or goes away (single-page apps, infinite
 * scroll, live comments) and reports it in batches, until the signal aborts.
 */
export function watchChanges(body: Node, options: ChangeWatcherOptions): void {
  if (options.signal.aborted) return;
  const changed = new Set<Node>();
  let removed = false;
  let timer = 0;

  const flush = () => {
    timer = 0;
    const roots = rootsToRescan(changed, body);
    const hadRemovals = removed;
    changed.clear();
    removed = false;
    if (roots.length || hadRemovals) options.onChanges({ roots, removed: hadRemovals });
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (options.isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        changed.add(record.target);
        removed = true; // the old text may have held a term
        continue;
      }
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) if (!options.isOwn(node) && (node.nodeType === 1 || node.nodeType === 3)) changed.add(node);
    }
    if ((changed.size || removed) && !timer) timer = options.setTimeout(flush, options.periodMs);
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer) options.clearTimeout(timer);
    },
    { once: true },
  );
}
