/**
 * Snippets that run inside the page, as strings (portable between Playwright and Puppeteer,
 * and free of helpers the TypeScript runner adds to functions). Highlights hold StaticRanges,
 * which have no text or geometry: `liveOf` turns one into a Range to read them.
 */
const LIVE_OF = `const liveOf = (r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };`;

/** How many ranges the extension has highlighted, under any name (0 where the page has no highlight registry). */
export const HIGHLIGHT_COUNT = `[...(globalThis.CSS?.highlights?.values() ?? [])].reduce((n, h) => n + h.size, 0)`;

/** The text of every range registered under `name`, in registration order. */
export function highlightedTexts(name = 'bpe-underline'): string {
  return `(() => { ${LIVE_OF} return [...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((r) => liveOf(r).toString()); })()`;
}

/** The first highlighted range with this text, as `range` (null if none). */
function findTerm(text: string, name: string): string {
  return `${LIVE_OF} const range = [...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map(liveOf).find((r) => r.toString() === ${JSON.stringify(text)}) ?? null;`;
}

/** The centre of the first highlighted range with this text, scrolled into view; null if none. */
export function centreOfTerm(text: string, name = 'bpe-underline'): string {
  return `(() => {
    ${findTerm(text, name)}
    if (!range) return null;
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  })()`;
}

/** Where the first highlighted range with this text is now, in client coordinates, without scrolling; null if none. */
export function rectOfTerm(text: string, name = 'bpe-underline'): string {
  return `(() => {
    ${findTerm(text, name)}
    if (!range) return null;
    const rect = range.getClientRects()[0];
    return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  })()`;
}

/** The text of the first highlighted term that is not inside a link or button (a click there follows the link). */
export const FIRST_TERM_OUTSIDE_LINKS = `(() => {
  ${LIVE_OF}
  const range = [...(CSS.highlights.get('bpe-underline') ?? [])].find((r) => !r.startContainer.parentElement?.closest('a, button'));
  return range ? liveOf(range).toString() : null;
})()`;
