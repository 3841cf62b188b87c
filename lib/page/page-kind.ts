/**
 * Pages we leave alone: no body to read (a bare XML document, an image, a PDF viewer) or a
 * frameset. The content script exits quietly on these.
 */
export function isReadablePage(doc: Document): boolean {
  if (!(doc.documentElement instanceof HTMLElement)) return false;
  const body = doc.body;
  return body !== null && body.tagName === 'BODY';
}
