import { applyContext, isShortPhrase, sentenceIsAboutHealth } from '../matcher/context';
import { findHits } from '../matcher/match';
import type { CompiledIndex, Hit } from '../matcher/types';
import { BlockWalker } from './extract';
import { chunksOf, openShadowRoots, readsRenderedText, worthALook } from './rendered-text';
import { type SliceOptions, Slices } from './slices';

/**
 * Whether a page may name a treatment, from every name the look has met on it so far: the
 * context rule itself (`lib/matcher/context.ts`), applied to the page as if it were one block.
 * Around any name, that block holds every word the rule could find in the name's own
 * neighbourhood, so wherever the rule keeps a name in a paragraph it keeps one here too: the
 * look may say "maybe" too often, never "no" too often, as long as more words around a name
 * never make the rule drop it (`look.test.ts` checks that on random pages).
 */
export class PageEvidence {
  private readonly hits: Hit[] = [];

  /** Adds the names found in some more of the page's text (`text`); true once the page may name a treatment. */
  add(hits: readonly Hit[], text: string): boolean {
    // Without new names the answer stays what it was: no.
    if (hits.length === 0) return false;
    const namesTreatment = hits.some((hit) => hit.entry.kind === 'term');
    hits.forEach((hit, at) => {
      // Words of another sense can only take names away, so the look leaves them out: it must
      // never say "no" where the full rule, reading paragraph by paragraph, would keep a name.
      if (hit.entry.kind === 'otherSense') return;
      // Everyday words ("heat", "block") need evidence close by, which the text read here holds
      // whole: the block is in it (a treatment named in this text), and so are their sentence
      // and, as a line or a cell of its own, a heading or a cell.
      if (
        hit.entry.kind === 'sentence' &&
        !namesTreatment &&
        !sentenceIsAboutHealth(hits, at, text) &&
        !isShortPhrase(lineAround(text, hit))
      )
        return;
      this.hits.push(hit);
    });
    // One block with no sentence in it: every name is "close" to every health word.
    return applyContext([{ hits: this.hits, text: '' }])[0]!.length > 0;
  }
}

/** The line, or table cell, of the rendered text that holds `hit` (`innerText` ends blocks with a line break, cells with a tab). */
function lineAround(text: string, hit: Hit): string {
  let from = hit.start;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\t') from--;
  let to = hit.end;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\t') to++;
  return text.slice(from, to);
}

function* blockTexts(root: Node): Generator<string> {
  const walker = new BlockWalker(root);
  for (let block = walker.next(); block; block = walker.next()) yield block.text;
}

/**
 * The page's text as the look reads it. Mostly the rendered text, in one native call
 * (`innerText`): walking a page's DOM from an extension's isolated world costs a wrapper object
 * for every node it touches, tens of milliseconds and megabytes on a large page. Open shadow
 * roots, which `innerText` leaves out, are read block by block. Pages with much text on few
 * elements are walked instead (see `worthALook`), as is a DOM without rendered text.
 */
function* textsOf(body: HTMLElement): Generator<string> {
  if (readsRenderedText(body)) {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point: hidden text is never shown, and one native call touches no node.
    const rendered = body.innerText;
    if (worthALook(body, rendered)) {
      yield* chunksOf(rendered);
      for (const shadow of openShadowRoots(body)) yield* blockTexts(shadow);
      return;
    }
  }
  yield* blockTexts(body);
}

/**
 * The quick look at a whole page, in slices: resolves true as soon as the page may name a
 * treatment (the names are then found by the second stage's walk), false when it names none
 * or the look was stopped. Hidden text is not in the rendered text, and never highlighted.
 */
export async function pageMayName(
  body: HTMLElement,
  index: CompiledIndex,
  evidence: PageEvidence,
  options: SliceOptions,
): Promise<boolean> {
  const slices = new Slices(options);
  try {
    for (const text of textsOf(body)) {
      if (evidence.add(findHits(text, index), text)) return true;
      if (await slices.breakIfLong()) return false;
    }
    return false;
  } finally {
    slices.end();
  }
}

/**
 * The look at parts of the page that changed (their blocks, as the walk reads them): true when,
 * with all the page held before, they may name a treatment. Changed parts are small, and
 * reading their `innerText` would lay the page out on every batch of changes.
 */
export function changesMayName(roots: readonly Node[], index: CompiledIndex, evidence: PageEvidence): boolean {
  for (const root of roots) for (const text of blockTexts(root)) if (evidence.add(findHits(text, index), text)) return true;
  return false;
}
