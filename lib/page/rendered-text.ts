/**
 * What the quick look (`look.ts`) needs from the page: its rendered text in steps, whether the
 * look is worth it, and the open shadow roots the rendered text leaves out.
 */

/**
 * Rendered characters per element above which the walk costs less than the look: a page with
 * much text on few elements (a long article, an RFC in `<pre>`) has few nodes to touch, and
 * may show much text the walk never reads (code, preformatted text).
 */
const DENSE_TEXT_PER_ELEMENT = 30;

/** Whether the quick look is worth it for `root` with this rendered text: the element count is native, no node is touched. */
export function worthALook(root: Element, rendered: string): boolean {
  return rendered.length <= DENSE_TEXT_PER_ELEMENT * root.getElementsByTagName('*').length;
}

/** Characters read per step, so a huge page's text is looked at between the page's turns. */
const CHUNK = 16_384;
/** Steps overlap by more than the longest name, so no name is cut in two. */
const OVERLAP = 96;

/** The text in steps of about `CHUNK` characters, ending at a line break where there is one near. */
export function* chunksOf(text: string): Generator<string> {
  for (let from = 0; from < text.length; ) {
    const lineEnd = text.indexOf('\n', from + CHUNK);
    const to = lineEnd === -1 || lineEnd > from + 4 * CHUNK ? Math.min(text.length, from + CHUNK) : lineEnd;
    yield text.slice(from, to);
    from = to >= text.length ? to : to - OVERLAP;
  }
}

/** True where the browser hands over rendered text and runs XPath (not the Node DOM of the scan CLI). */
export function readsRenderedText(root: Node): root is HTMLElement {
  // `in`, not `typeof root.innerText`: reading the property lays out and copies all the text.
  return root.nodeType === 1 && 'innerText' in root && typeof root.ownerDocument?.evaluate === 'function';
}

/** Custom elements: where nearly all open shadow roots live (the walk looks for them there too). */
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";

/** The open shadow roots under `root`, found by XPath so that the browser, not our script, visits every element. */
export function openShadowRoots(root: Element): ShadowRoot[] {
  const found = root.ownerDocument.evaluate(CUSTOM_ELEMENTS, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const roots: ShadowRoot[] = [];
  for (let i = 0; i < found.snapshotLength; i++) {
    const shadow = (found.snapshotItem(i) as Element).shadowRoot;
    if (shadow) roots.push(shadow);
  }
  return roots;
}
