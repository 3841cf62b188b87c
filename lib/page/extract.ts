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
  return editable !== null && editable !== 'false';
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

/** True when a text node is rendered; checked only for text that holds a match, because style lookups on every element cost more than the whole scan. */
export function isRendered(node: Text): boolean {
  const parent = node.parentElement;
  // checkVisibility is missing in the DOM the scan CLI runs on; there everything counts.
  return !parent || typeof parent.checkVisibility !== 'function' || parent.checkVisibility();
}

/**
 * Yields the blocks under `root` in document order, one at a time, so the caller can stop
 * between blocks and give the page its main thread back. Open shadow roots are read too.
 * Iterative (deep pages would overflow the call stack) and allocation-free per node: this loop
 * visits every node of the page.
 */
export function* walkBlocks(root: Node): Generator<TextBlock, void, undefined> {
  const builder = new BlockBuilder();
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      builder.add(node as Text);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (!isSkippedElement(element)) {
        const block = isBlockElement(element);
        if (block || element.shadowRoot) {
          const done = builder.take();
          if (done) yield done;
        }
        if (element.shadowRoot) yield* walkBlocks(element.shadowRoot);
        descend = element.firstChild !== null;
        if (!descend && block) {
          const done = builder.take();
          if (done) yield done;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until there is a next sibling; leaving a block element ends the block.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1 && isBlockElement(node as Element)) {
        const done = builder.take();
        if (done) yield done;
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  const last = builder.take();
  if (last) yield last;
}
