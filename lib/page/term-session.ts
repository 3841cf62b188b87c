import type { CompiledIndex } from '../matcher/types';
import type { Settings } from '../settings';
import type { Category } from '../topics/types';
import { Highlighter, type PageWindow } from './highlighter';
import { caretAt, pointIsOnRange } from './hit-test';
import { isRendered } from './extract';
import { liveRange, rangeFor } from './ranges';
import { type Found, scanInSlices } from './scan';
import { type PageTerm, TermMap } from './term-map';

export interface SessionDeps {
  win: PageWindow;
  index: CompiledIndex;
  categoryOf: (topicId: string) => Category | undefined;
  /** Gives the page its turn between scan slices. */
  pause: () => Promise<void>;
  /** Called when the set of topics shown on the page changes. */
  onTopicsChanged: (topicIds: string[]) => void;
}

export interface ScanStats {
  busyMs: number;
  longestSliceMs: number;
  wallMs: number;
  slices: number;
}

/** Slices stay well under the 50 ms that counts as a long task. */
const SLICE_MS = 12;

/** Terms shown to the reader: their categories are on, and only the first of each topic if so set. */
export function visibleTerms(terms: readonly PageTerm[], settings: Settings): PageTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    if (!settings.categories[term.category]) return false;
    if (settings.mentions === 'first') {
      if (seen.has(term.topicId)) return false;
      seen.add(term.topicId);
    }
    return true;
  });
}

/** Topic ids of the terms, most mentioned first. */
export function topicIdsOf(terms: readonly PageTerm[]): string[] {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term.topicId, (counts.get(term.topicId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * One page's terms while the extension is on: scans, keeps the highlights in step with the
 * settings, and answers "which term is under this point".
 */
export class TermSession {
  private readonly map = new TermMap();
  private highlighterInstance: Highlighter | null = null;
  private visible: PageTerm[] = [];
  /** The same terms, for the pointer's "is this one shown" check on every move. */
  private shown = new Set<PageTerm>();
  private shownTopics = new Set<string>();
  /** Shadow roots that hold terms: the caret lookup must be told it may enter them (read on every pointer move). */
  private shadowRoots: ShadowRoot[] = [];
  private generation = 0;

  constructor(private readonly deps: SessionDeps, private settings: Settings) {}

  /**
   * Scans `root` (the body, or a part of the page that changed) and shows what it finds.
   * Returns how long it took: on the main thread in all, in its longest slice, and from start
   * to end with the page's turns in between. `wholePage` lets the scan look at the rendered
   * text first, which pays for a page but not for a paragraph that changed.
   */
  async scan(root: Node, wholePage = false): Promise<ScanStats> {
    const generation = this.generation;
    const stats: ScanStats = { busyMs: 0, longestSliceMs: 0, wallMs: 0, slices: 0 };
    const started = performance.now();
    await scanInSlices(root, this.deps.index, {
      sliceMs: SLICE_MS,
      lookFirst: wholePage,
      pause: this.deps.pause,
      isCancelled: () => generation !== this.generation,
      onFound: (found) => this.addFound(found),
      onSlice: (ms) => {
        stats.busyMs += ms;
        stats.longestSliceMs = Math.max(stats.longestSliceMs, ms);
        stats.slices++;
      },
    });
    stats.wallMs = performance.now() - started;
    return stats;
  }

  /** Adds a slice's finds; the common path (a first scan in page order) never re-registers old ranges. */
  private addFound(found: Found[]): void {
    const doc = this.deps.win.document;
    const added: PageTerm[] = [];
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
        const home = range.startContainer.getRootNode();
        if (home.nodeType === 11 && !this.shadowRoots.includes(home as ShadowRoot)) this.shadowRoots.push(home as ShadowRoot);
      }
      if (!rendered) continue;
      const term: PageTerm = { ...item, category, range };
      this.map.add(term);
      if (this.showsNext(term)) added.push(term);
    }
    if (added.length === 0) return;
    const topicsBefore = this.shownTopics.size;
    for (const term of added) this.shownTopics.add(term.topicId);
    this.visible.push(...added);
    for (const term of added) this.shown.add(term);
    this.highlighter().addRanges(added.map((term) => term.range));
    if (this.shownTopics.size !== topicsBefore) this.deps.onTopicsChanged(this.topicIds());
  }

  /** Whether a term found after all shown ones is shown too. */
  private showsNext(term: PageTerm): boolean {
    if (!this.settings.categories[term.category]) return false;
    return this.settings.mentions === 'all' || !this.shownTopics.has(term.topicId);
  }

  /** Forgets terms whose text was removed from the page or changed under them. */
  prune(): void {
    const doc = this.deps.win.document;
    const gone = this.map.prune(
      (term) => !term.range.startContainer.isConnected || !term.range.endContainer.isConnected || liveRange(term.range, doc).toString() !== term.text,
    );
    if (gone.length) this.refresh();
  }

  /** Scans parts of the page again after they changed, dropping what was found there before. */
  async rescan(roots: readonly Element[]): Promise<void> {
    const inRoots = (term: PageTerm) => roots.some((root) => root.contains(term.range.startContainer));
    if (this.map.prune(inRoots).length) this.refresh();
    for (const root of roots) await this.scan(root);
    this.map.sortByPosition();
    this.refresh();
  }

  update(settings: Settings): void {
    this.settings = settings;
    this.refresh();
  }

  /** Drops every highlight and stops a scan under way. */
  stop(): void {
    this.generation++;
    this.map.clear();
    this.shadowRoots = [];
    this.refresh();
  }

  terms(): readonly PageTerm[] {
    return this.visible;
  }

  topicIds(): string[] {
    return topicIdsOf(this.visible);
  }

  termAt(x: number, y: number): PageTerm | null {
    if (this.visible.length === 0) return null;
    const caret = caretAt(this.deps.win.document, x, y, this.shadowRoots);
    if (!caret) return null;
    const term = this.map.at(caret.node, caret.offset);
    return term && this.shown.has(term) && pointIsOnRange(liveRange(term.range, this.deps.win.document), x, y) ? term : null;
  }

  setActive(term: PageTerm | null): void {
    this.highlighterInstance?.setActive(term?.range ?? null);
  }

  private highlighter(): Highlighter {
    if (!this.highlighterInstance) {
      this.highlighterInstance = new Highlighter(this.deps.win);
      this.highlighterInstance.setStyle(this.settings.highlightStyle);
    }
    return this.highlighterInstance;
  }

  /** Recomputes what is shown from everything found: after settings change, removals and rescans. */
  private refresh(): void {
    const before = [...this.shownTopics].sort().join();
    this.visible = visibleTerms(this.map.all(), this.settings);
    this.shown = new Set(this.visible);
    this.shownTopics = new Set(this.visible.map((term) => term.topicId));
    if (this.visible.length > 0 || this.highlighterInstance) {
      const highlighter = this.highlighter();
      highlighter.setStyle(this.settings.highlightStyle);
      if (this.visible.length) highlighter.setRanges(this.visible.map((term) => term.range));
      else highlighter.clear();
    }
    if ([...this.shownTopics].sort().join() !== before) this.deps.onTopicsChanged(this.topicIds());
  }
}
