/**
 * Reads the visible text of a page as blocks. Inline elements (`<b>spinal</b> fusion`) join
 * the text around them; block elements (paragraphs, list items, cells) and `<br>` end a block,
 * so a name is never matched across two paragraphs. Each block keeps the text nodes it came
 * from, so an offset in its text maps back to a DOM position.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  starts: number[];
}

/** Never read: not prose, or text the reader is typing. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'svg', 'MATH', 'math', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV',
  'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Custom elements (`<my-card>`) are laid out as their authors chose; treat them as blocks. */
export function isBlockElement(element: Element): boolean {
  return BLOCKS.has(element.tagName) || element.tagName.includes('-');
}

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.tagName) || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // checkVisibility is missing in the DOM the scan CLI runs on; there we read everything.
  return typeof element.checkVisibility === 'function' && !element.checkVisibility();
}

class BlockBuilder {
  text = '';
  nodes: Text[] = [];
  starts: number[] = [];

  add(node: Text): void {
    this.starts.push(this.text.length);
    this.nodes.push(node);
    this.text += node.data;
  }

  /** The block so far if it holds any word, then starts a new one. */
  take(): TextBlock | null {
    const block = /\S/.test(this.text) ? { text: this.text, nodes: this.nodes, starts: this.starts } : null;
    this.text = '';
    this.nodes = [];
    this.starts = [];
    return block;
  }
}

/**
 * Yields the blocks under `root` in document order, one at a time, so the caller can stop
 * between blocks and give the page its main thread back. Open shadow roots are read too.
 */
export function* walkBlocks(root: Node): Generator<TextBlock, void, undefined> {
  const builder = new BlockBuilder();
  // An explicit stack instead of recursion: deep pages would overflow the call stack.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      builder.add(node as Text);
      continue;
    }
    const isElement = node.nodeType === 1;
    // Comments and processing instructions neither hold text nor end a block.
    if (!isElement && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const boundary = !isElement || isBlockElement(node as Element) || (node as Element).shadowRoot !== null;
    if (boundary) {
      const block = builder.take();
      if (block) yield block;
    }
    if (leaving) continue;
    if (isElement && node !== root && isSkippedElement(node as Element)) continue;
    if (boundary) stack.push({ node, leaving: true });
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    const shadow = isElement ? (node as Element).shadowRoot : null;
    if (shadow) children.unshift(shadow);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  const last = builder.take();
  if (last) yield last;
}
