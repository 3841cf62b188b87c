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
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'svg',
  'MATH',
  'math',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
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

/** True when text in this element is rendered; checked only for text that holds a match, because style lookups on every element cost more than the whole scan. */
export function isRendered(parent: Element | null): boolean {
  // checkVisibility is missing in the DOM the scan CLI runs on; there everything counts.
  return !parent || typeof parent.checkVisibility !== 'function' || parent.checkVisibility();
}

/**
 * Hands out the blocks under `root` in document order, one per `next()` call, so the caller can
 * stop between blocks and give the page its main thread back. Open shadow roots are read too.
 * A plain loop rather than a generator or recursion: it visits every node of the page, runs
 * once per page (so mostly before the JIT warms up), and deep pages would overflow a stack.
 */
export class BlockWalker {
  private readonly builder = new BlockBuilder();
  private node: Node | null;
  /** Walkers of open shadow roots met on the way, innermost last. */
  private readonly inner: BlockWalker[] = [];

  constructor(private readonly root: Node) {
    this.node = root.firstChild;
  }

  next(): TextBlock | null {
    while (this.inner.length) {
      const block = this.inner[this.inner.length - 1]!.next();
      if (block) return block;
      this.inner.pop();
    }
    const { builder, root } = this;
    let node = this.node;
    while (node) {
      let ended = false;
      let descend = false;
      let shadow: ShadowRoot | null = null;
      const type = node.nodeType;
      if (type === 3) {
        builder.add(node as Text);
      } else if (type === 1 && !isSkippedElement(node as Element)) {
        const tag = (node as Element).tagName;
        // Open shadow roots: looked for on custom elements only, where nearly all of them live;
        // reading `shadowRoot` on every element costs a tenth of the whole scan.
        const custom = tag.includes('-');
        shadow = custom ? (node as Element).shadowRoot : null;
        ended = custom || BLOCKS.has(tag);
        descend = node.firstChild !== null;
      }
      let block = ended ? builder.take() : null;
      if (descend) {
        node = node.firstChild;
      } else {
        // Climb until there is a next sibling; leaving a block element ends the block.
        while (node && node !== root && !node.nextSibling) {
          node = node.parentNode;
          if (node && node !== root && node.nodeType === 1 && isBlockElement(node as Element)) {
            // The builder was emptied when this step began a block, so at most one take has text.
            block = builder.take() ?? block;
          }
        }
        node = node && node !== root ? node.nextSibling : null;
      }
      if (shadow) this.inner.push(new BlockWalker(shadow));
      if (block || shadow) {
        this.node = node;
        return block ?? this.next();
      }
    }
    this.node = null;
    return builder.take();
  }
}

/** Every block under `root`, at once (tests, the scan CLI). */
export function allBlocks(root: Node): TextBlock[] {
  const walker = new BlockWalker(root);
  const blocks: TextBlock[] = [];
  for (let block = walker.next(); block; block = walker.next()) blocks.push(block);
  return blocks;
}
