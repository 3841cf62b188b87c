import type { CompiledIndex } from '../matcher/types';
import type { Language } from '../topics/types';
import type { Settings } from '../settings-values';

/**
 * The contract between the content script's two stages. The first stage (`entrypoints/look/`)
 * runs on every page and decides whether the page may name a treatment; only then does the
 * background inject the second (`entrypoints/page-terms/`), which finds the terms, highlights
 * them and opens cards. The first stage hands over the index it has loaded, and drives the
 * second's life cycle.
 */
export interface SecondStage {
  /**
   * Shows the page's terms until `signal` aborts: scans the page, then the parts that change.
   * Resolves with the first scan's timings; when the signal aborts, highlights and card go.
   */
  activate(signal: AbortSignal): Promise<ScanStats>;
  update(settings: Settings): void;
  topicIds(): string[];
  moveToTerm(direction: 1 | -1): Promise<void>;
}

export interface SecondStageDeps {
  index: CompiledIndex;
  /** The page's language: the names it is matched against, and its cards' language by default. */
  language: Language;
  settings: () => Settings;
}

export type SecondStageFactory = (deps: SecondStageDeps) => SecondStage;

/**
 * Benchmark builds only: the first stage writes each page's `ScanStats` to `storage.local` under
 * this key, where `npm run bench` reads it. Not a message: the first read of `runtime` in a
 * content script costs a page about a millisecond that production builds never pay.
 */
export const BENCH_SCAN_KEY = 'benchScan';

/** How long a page's first look and scan took (benchmark builds only). */
export interface ScanStats {
  /** Main-thread time in all. */
  busyMs: number;
  longestSliceMs: number;
  /** From start to end, with the page's turns in between. */
  wallMs: number;
  slices: number;
  /** When the first term of the page was highlighted (ms since the page's navigation began), or null. */
  firstHighlightAt: number | null;
  /** Terms shown after the scan. */
  terms: number;
}

export const SECOND_STAGE_FACTORY = Symbol.for('back-pain-explainer.page-terms');
