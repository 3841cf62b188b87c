import { guarded } from '../guard';
import type { CompiledIndex } from '../matcher/types';
import type { Language } from '../topics/types';
import type { Settings } from '../settings-values';
import { watchChanges } from './changes';
import { changesMayName, PageEvidence, pageMayName } from './look';
import type { ScanStats, SecondStage, SecondStageFactory } from './stages';

export interface FirstStageDeps {
  win: Window;
  /** Whether the browser can show highlights (the CSS Custom Highlight API); without it the extension stays off. */
  canShow: () => boolean;
  /** Loads the matcher's index (of the page's language) from its packed strings. */
  loadIndex: () => CompiledIndex;
  /**
   * Decides the page's language and loads its names, once, at the first activation: nothing of
   * the page is read while the extension is off for it (`lib/page/language.ts`).
   */
  prepare?: () => Promise<void>;
  /** The page's language, once prepared. */
  language: () => Language;
  /** The second stage's index, where it holds more names than the look's (the glossary). */
  loadFullIndex?: () => Promise<CompiledIndex | undefined>;
  settings: () => Settings;
  /**
   * Called before the second stage starts: makes sure the extension follows settings changes
   * from now on, and is still on for the page (if not, the activation is aborted meanwhile).
   * A page that names nothing never needs it (see `entrypoints/look/`).
   */
  beforeShowing?: () => Promise<void>;
  /** The second stage's factory (its script is injected the first time). */
  loadSecondStage: () => Promise<SecondStageFactory>;
  /** Benchmark builds only: how long the page's look, and scan if any, took. */
  report?: (stats: ScanStats) => void;
}

/** Slices stay well under the 50 ms that counts as a long task. */
const SLICE_MS = 12;
/** Changes are gathered this long before one look at them. */
const CHANGES_PERIOD_MS = 250;
/** While a page that named nothing keeps changing, the index stays loaded this long after a look. */
const KEEP_INDEX_MS = 5000;

type Timings = Omit<ScanStats, 'terms' | 'firstHighlightAt'>;
const NO_TIME: Timings = { busyMs: 0, longestSliceMs: 0, wallMs: 0, slices: 0 };

/**
 * The content script's first stage, on every page: looks at the page, and loads the second
 * stage (scan, highlights, pointer, keyboard) only where the page may name a treatment. On a
 * page that names nothing it keeps only a watcher for changes, and lets the index go.
 */
export class FirstStage {
  private second: SecondStage | null = null;
  private loading: Promise<SecondStage> | null = null;

  constructor(private readonly deps: FirstStageDeps) {}

  /** One activation (see `PageLifeCycle`), until `signal` aborts. */
  async activate(signal: AbortSignal): Promise<void> {
    // Once loaded, the second stage scans at once: it found names here before.
    if (this.second) return this.startSecond(null, signal, null);
    await this.deps.prepare?.();
    if (signal.aborted) return;
    const look = { ...NO_TIME };
    const started = performance.now();
    const evidence = new PageEvidence();
    const { win } = this.deps;
    const index = this.deps.loadIndex();
    // Loading the index is the look's work too, before its first slice.
    look.busyMs += performance.now() - started;
    const maybe = await pageMayName(win.document.body, index, evidence, {
      sliceMs: SLICE_MS,
      pause: () => new Promise((resolve) => win.requestIdleCallback(() => resolve(), { timeout: 100 })),
      signal,
      onSlice: (ms) => {
        look.busyMs += ms;
        look.longestSliceMs = Math.max(look.longestSliceMs, ms);
        look.slices++;
      },
    });
    look.wallMs = performance.now() - started;
    if (signal.aborted) return;
    if (maybe) return this.deps.canShow() ? this.startSecond(index, signal, look) : undefined;
    this.deps.report?.({ ...look, firstHighlightAt: null, terms: 0 });
    this.watchForNames(evidence, signal);
  }

  update(settings: Settings): void {
    this.second?.update(settings);
  }

  topicIds(): string[] {
    return this.second?.topicIds() ?? [];
  }

  async moveToTerm(direction: 1 | -1): Promise<void> {
    await this.second?.moveToTerm(direction);
  }

  /** Watches a page that named nothing; text that appears later may name a treatment. */
  private watchForNames(evidence: PageEvidence, signal: AbortSignal): void {
    const { win } = this.deps;
    const watching = new AbortController();
    signal.addEventListener('abort', () => watching.abort(), { once: true });
    const index = keptWhileUsed(this.deps.loadIndex, win, watching.signal);
    watchChanges(win.document.body, {
      signal: watching.signal,
      isOwn: () => false,
      periodMs: CHANGES_PERIOD_MS,
      setTimeout: (handler, ms) => win.setTimeout(handler, ms),
      clearTimeout: (id) => win.clearTimeout(id),
      onChanges: guarded(({ roots }: { roots: Element[] }) => {
        if (!roots.length || !changesMayName(roots, index(), evidence) || !this.deps.canShow()) return;
        const loaded = index();
        watching.abort();
        return this.startSecond(loaded, signal, null);
      }),
    });
  }

  /** Loads the second stage (once) and starts it; `look` holds the look's timings, for the benchmark. */
  private async startSecond(index: CompiledIndex | null, signal: AbortSignal, look: Timings | null): Promise<void> {
    const started = performance.now();
    await this.deps.beforeShowing?.();
    if (signal.aborted) return;
    const second = await this.loadSecond(index);
    if (signal.aborted) return;
    const scan = await second.activate(signal);
    if (!this.deps.report || signal.aborted) return;
    const before = look ?? NO_TIME;
    this.deps.report({
      busyMs: before.busyMs + scan.busyMs,
      longestSliceMs: Math.max(before.longestSliceMs, scan.longestSliceMs),
      // From the look's start to the scan's end, the second stage's loading included.
      wallMs: before.wallMs + performance.now() - started,
      slices: before.slices + scan.slices,
      firstHighlightAt: scan.firstHighlightAt,
      terms: scan.terms,
    });
  }

  private loadSecond(index: CompiledIndex | null): Promise<SecondStage> {
    this.loading ??= Promise.all([this.deps.loadSecondStage(), this.deps.loadFullIndex?.()])
      .then(([create, full]) => {
        this.second = create({
          index: full ?? index ?? this.deps.loadIndex(),
          settings: this.deps.settings,
          language: this.deps.language(),
        });
        return this.second;
      })
      .catch((error: unknown) => {
        this.loading = null; // the next activation tries again
        throw error;
      });
    return this.loading;
  }
}

/** `load()`'s value while it is used: loaded on first use, let go a while after the last. */
function keptWhileUsed<T>(load: () => T, win: Window, signal: AbortSignal): () => T {
  let value: T | null = null;
  let timer = 0;
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  return () => {
    value ??= load();
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      value = null;
    }, KEEP_INDEX_MS);
    return value;
  };
}
