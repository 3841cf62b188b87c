/**
 * Pages we leave alone: no body to read (a bare XML document, an image, a PDF viewer) or a
 * frameset. The content script exits quietly on these. A document has a body only when its
 * root is an HTML `<html>` element, so the body's tag alone tells (without touching the
 * `HTMLElement` interface, which costs every page a little to set up in our isolated world).
 */
export function isReadablePage(doc: Document): boolean {
  return doc.body?.tagName === 'BODY';
}
