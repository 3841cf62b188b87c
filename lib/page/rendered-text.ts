import { MIN_HEALTH_WORDS } from '../matcher/context';
import { findHits } from '../matcher/match';
import type { CompiledIndex, TermEntry } from '../matcher/types';

/**
 * A quick look before the walk. Most pages name no treatment, and walking their DOM from an
 * extension's isolated world costs a wrapper object for every node it touches: tens of
 * milliseconds and megabytes on a large page. `innerText` hands over the rendered text in one
 * native call, with a line break between blocks, without touching a node from script. When
 * that text holds nothing the context rule could keep, the walk is skipped.
 *
 * The check only ever says "maybe" too often, never "no" too often: it counts any unambiguous
 * name, or an everyday name anywhere on the page with enough health words anywhere on the page
 * (the walk then applies the stricter per-block rule). Text the check cannot see (hidden
 * text, which is never highlighted anyway, aside) lives in open shadow roots: `innerText`
 * leaves them out, so they are always walked.
 */
export function mayHoldTerms(text: string, index: CompiledIndex): boolean {
  let everyday = false;
  const healthWords = new Set<TermEntry>();
  for (const hit of findHits(text, index)) {
    if (hit.entry.kind === 'term') return true;
    if (hit.entry.kind === 'context') everyday = true;
    else if (hit.entry.kind === 'health') healthWords.add(hit.entry);
    if (everyday && healthWords.size >= MIN_HEALTH_WORDS) return true;
  }
  return false;
}

/** Custom elements: where nearly all open shadow roots live (the walk looks for them there too). */
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";

/** The open shadow roots under `root`, found by XPath so that the browser, not our script, visits every element. */
export function openShadowRoots(root: Element): ShadowRoot[] {
  const doc = root.ownerDocument;
  const found = doc.evaluate(CUSTOM_ELEMENTS, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const roots: ShadowRoot[] = [];
  for (let i = 0; i < found.snapshotLength; i++) {
    const shadow = (found.snapshotItem(i) as Element).shadowRoot;
    if (shadow) roots.push(shadow);
  }
  return roots;
}

/**
 * What under `root` is worth walking: all of it when its rendered text may hold a name, else
 * only its open shadow roots. Where the browser lacks `innerText` or XPath (the Node DOM of
 * the scan CLI), everything.
 */
export function partsToWalk(root: Node, index: CompiledIndex): Node[] {
  const element = root as HTMLElement;
  if (root.nodeType !== 1 || typeof element.innerText !== 'string' || typeof root.ownerDocument?.evaluate !== 'function') return [root];
  return mayHoldTerms(element.innerText, index) ? [root] : openShadowRoots(element);
}
