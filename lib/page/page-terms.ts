import { guarded } from '../guard';
import type { CompiledIndex } from '../matcher/types';
import type { ScanStats } from './stages';
import type { Settings } from '../settings-values';
import type { Category } from '../topics/types';
import { watchChanges } from './changes';
import { isRendered } from './extract';
import { Highlighter, type PageWindow } from './highlighter';
import { HitTest } from './hit-test';
import { liveRange, rangeFor } from './ranges';
import { type Found, scanInSlices } from './scan';
import type { PageTerm } from './term-map';
import { TermStore } from './term-store';

export interface PageTermsDeps {
  win: PageWindow;
  index: CompiledIndex;
  categoryOf: (topicId: string) => Category | undefined;
  settings: Settings;
  /** Gives the page its turn between scan slices. */
  pause: () => Promise<void>;
  setTimeout: (handler: () => void, ms: number) => number;
  /** Our own elements (the card host): their changes are not the page's. */
  isOwn: (node: Node) => boolean;
  /** Called when the set of topics shown on the page changes. */
  onTopicsChanged: (topicIds: string[]) => void;
}

/** Slices stay well under the 50 ms that counts as a long task. */
const SLICE_MS = 12;
/** Changes are gathered this long before one rescan. */
const CHANGES_PERIOD_MS = 250;

/**
 * The terms of one page (the second stage's work): finds them, the whole page once and then the
 * parts that change, and keeps the store (`TermStore`), the highlights (`Highlighter`) and the
 * hit test (`HitTest`) in step.
 */
export class PageTerms {
  private readonly store: TermStore;
  private readonly highlights: Highlighter;
  private readonly hitTest: HitTest;

  constructor(private readonly deps: PageTermsDeps) {
    this.store = new TermStore(deps.settings, deps.onTopicsChanged);
    this.highlights = new Highlighter(deps.win, deps.settings.highlightStyle);
    this.hitTest = new HitTest(deps.win.document, (node, offset) => this.store.shownAt(node, offset));
  }

  /**
   * Shows the page's terms until `signal` aborts: scans the page, then watches it for changes.
   * Resolves with the first scan's timings; when the signal aborts, every highlight goes.
   */
  async activate(signal: AbortSignal): Promise<ScanStats> {
    signal.addEventListener('abort', () => this.clear(), { once: true });
    const { document } = this.deps.win;
    const stats = await this.scan(document.body, signal);
    // Pages change after load; watch from the end of the first scan so nothing is found twice.
    watchChanges(document.body, {
      signal,
      isOwn: this.deps.isOwn,
      periodMs: CHANGES_PERIOD_MS,
      setTimeout: this.deps.setTimeout,
      clearTimeout: (id) => this.deps.win.clearTimeout(id),
      onChanges: guarded(({ roots, removed }: { roots: Element[]; removed: boolean }) => {
        if (removed) this.prune();
        if (roots.length) return this.rescan(roots, signal);
      }),
    });
    return stats;
  }

  update(settings: Settings): void {
    this.store.update(settings);
    this.highlights.setStyle(settings.highlightStyle);
    this.refresh();
  }

  /** The shown terms, in page order. */
  terms(): readonly PageTerm[] {
    return this.store.terms();
  }

  topicIds(): string[] {
    return this.store.topicIds();
  }

  termAt(x: number, y: number): PageTerm | null {
    return this.store.terms().length ? this.hitTest.termAt(x, y) : null;
  }

  /** Marks the term whose card is open. */
  setActive(term: PageTerm | null): void {
    this.highlights.setActive(term?.range ?? null);
  }

  /**
   * Scans `root` (the body, or a part of the page that changed) and shows what it finds.
   * Returns how long it took: on the main thread in all, in its longest slice, and from start
   * to end with the page's turns in between.
   */
  private async scan(root: Node, signal: AbortSignal): Promise<ScanStats> {
    const stats: ScanStats = { busyMs: 0, longestSliceMs: 0, wallMs: 0, slices: 0, firstHighlightAt: null, terms: 0 };
    const started = performance.now();
    await scanInSlices(root, this.deps.index, {
      sliceMs: SLICE_MS,
      pause: this.deps.pause,
      signal,
      onFound: (found) => {
        this.add(found);
        if (stats.firstHighlightAt === null && this.store.terms().length) stats.firstHighlightAt = performance.now();
      },
      onSlice: (ms) => {
        stats.busyMs += ms;
        stats.longestSliceMs = Math.max(stats.longestSliceMs, ms);
        stats.slices++;
      },
    });
    stats.wallMs = performance.now() - started;
    stats.terms = this.store.terms().length;
    return stats;
  }

  /** Adds a slice's finds; the common path (a first scan in page order) never re-registers old ranges. */
  private add(found: Found[]): void {
    const doc = this.deps.win.document;
    const terms: PageTerm[] = [];
    // Terms come in page order, mostly several to a paragraph: look at each parent once.
    let parent: Element | null | undefined;
    let rendered = false;
    for (const item of found) {
      const category = this.deps.categoryOf(item.topicId);
      if (!category) continue;
      const range = rangeFor(item.block, item.start, item.end, doc);
      if (range.startContainer.parentElement !== parent) {
        parent = range.startContainer.parentElement;
        rendered = isRendered(parent);
        this.hitTest.noteHome(range.startContainer);
      }
      if (rendered) terms.push({ ...item, category, range });
    }
    const shown = this.store.append(terms);
    if (shown.length) this.highlights.addRanges(shown.map((term) => term.range));
  }

  /** Forgets terms whose text was removed from the page or changed under them. */
  private prune(): void {
    const doc = this.deps.win.document;
    const isGone = (term: PageTerm) =>
      !term.range.startContainer.isConnected || !term.range.endContainer.isConnected || liveRange(term.range, doc).toString() !== term.text;
    if (this.store.prune(isGone)) this.refresh();
  }

  /** Scans parts of the page again after they changed, dropping what was found there before. */
  private async rescan(roots: readonly Element[], signal: AbortSignal): Promise<void> {
    const inRoots = (term: PageTerm) => roots.some((root) => root.contains(term.range.startContainer));
    if (this.store.prune(inRoots)) this.refresh();
    for (const root of roots) await this.scan(root, signal);
    if (signal.aborted) return;
    this.store.sortByPosition();
    this.refresh();
  }

  /** Drops every term and highlight (the extension was turned off here). */
  private clear(): void {
    this.store.clear();
    this.hitTest.forget();
    this.refresh();
  }

  /** Shows what the store shows: after settings change, removals and rescans. */
  private refresh(): void {
    const visible = this.store.refresh();
    if (visible.length) this.highlights.setRanges(visible.map((term) => term.range));
    else this.highlights.clear();
  }
}
